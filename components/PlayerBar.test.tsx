// @vitest-environment jsdom
import '../tests/support/components/fake-chrome';
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { article, button, dialogText, live, press, renderReader } from '../tests/support/components/render-reader';

afterEach(cleanup);

describe('the player', () => {
  it('plays and pauses, naming the button for what it will do', () => {
    const { narrator } = renderReader();
    fireEvent.click(button('Play'));
    expect(narrator!.calls).toEqual(['play']);
    expect(button('Pause')).toBeTruthy();
    expect(live()).toBe('Playing');
    press(' ');
    expect(narrator!.calls).toEqual(['play', 'pause']);
    expect(button('Play')).toBeTruthy();
    expect(live()).toBe('Paused');
  });

  it('moves by sentence and paragraph from buttons and keys, and says where it landed when not playing', () => {
    const { narrator, dialog } = renderReader();
    fireEvent.click(button('Next sentence'));
    expect(narrator!.state.segment?.sentence).toBe(1);
    expect(live()).toBe(article.sentences[1]!.text);
    press('ArrowRight', { ctrlKey: true });
    expect(narrator!.calls.at(-1)).toBe('next:paragraph');
    press('ArrowLeft');
    expect(narrator!.calls.at(-1)).toBe('previous:sentence');
    // The spoken block is marked (jsdom has no Custom Highlight API: the fallback).
    const spoken = dialog.querySelector('[data-lector-spoken]');
    expect(spoken?.getAttribute('data-lector-block')).toBe(String(narrator!.state.segment!.block));
  });

  it('shows position and time left, and changes speed', () => {
    const { narrator, dialog } = renderReader();
    expect(dialog.querySelector('.lector-progress')?.textContent).toBe(`Sentence 1 of ${article.sentences.length}about 2 min left`);
    const speed = screen.getByRole('slider', { name: 'Speed', hidden: true }) as HTMLInputElement;
    fireEvent.input(speed, { target: { value: '1.5' } });
    expect(narrator!.calls).toContain('setRate:1.5');
    expect(speed.getAttribute('aria-valuetext')).toBe('1.5×');
  });

  it('reaches 10× with a labelled number field; the slider covers 0.5–4 and stays at its top above that', () => {
    const { narrator } = renderReader();
    const slider = screen.getByRole('slider', { name: 'Speed', hidden: true }) as HTMLInputElement;
    const exact = screen.getByRole('spinbutton', { name: 'Exact speed, 0.5× to 10×', hidden: true }) as HTMLInputElement;
    expect([slider.min, slider.max, slider.step]).toEqual(['0.5', '4', '0.1']);
    expect([exact.min, exact.max, exact.step]).toEqual(['0.5', '10', '0.1']);
    fireEvent.input(slider, { target: { value: '2.5' } });
    expect(exact.value).toBe('2.5');
    fireEvent.change(exact, { target: { value: '8' } });
    expect(narrator!.calls.at(-1)).toBe('setRate:8');
    expect(narrator!.state.settings.rate).toBe(8);
    expect(exact.value).toBe('8');
    expect(slider.value).toBe('4');
    expect(slider.getAttribute('aria-valuetext')).toBe('8.0×');
    // Out of range or not a number: clamped to 10×, or left as it was.
    fireEvent.change(exact, { target: { value: '25' } });
    expect(narrator!.calls.at(-1)).toBe('setRate:10');
    expect(exact.value).toBe('10');
    const calls = narrator!.calls.length;
    fireEvent.change(exact, { target: { value: '' } });
    expect(narrator!.calls).toHaveLength(calls);
    expect(exact.value).toBe('10');
    // Typed values are rounded to the step, and a rate below the slider's top moves the slider there.
    fireEvent.change(exact, { target: { value: '1.37' } });
    expect(narrator!.calls.at(-1)).toBe('setRate:1.4');
    expect(slider.value).toBe('1.4');
  });

  it('offers the voices for the article language', () => {
    const { narrator } = renderReader();
    const select = screen.getByRole('combobox', { name: 'Voice', hidden: true }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['English (UK) (en-GB)', 'English (US) (en-US)']);
    fireEvent.change(select, { target: { value: 'fake:en-us' } });
    expect(narrator!.calls).toContain('setVoice:fake:en-us');
  });

  it('reads from a clicked sentence', () => {
    const { narrator, dialog } = renderReader();
    const block = article.blocks.find((candidate) => candidate.kind === 'paragraph' && candidate.index > 4)!;
    fireEvent.click(dialog.querySelector(`[data-lector-block="${block.index}"]`)!);
    expect(narrator!.calls).toEqual([`seekToSentence:${block.firstSentence}`, 'play']);
  });

  it('explains in words when speech is missing or failing', () => {
    renderReader({ speech: false });
    expect(screen.getByText(/This browser can't read aloud/)).toBeTruthy();
    cleanup();
    const { narrator } = renderReader();
    act(() => narrator!.set({ status: 'error', noVoices: true, error: { code: 'no-voices' } }));
    expect(dialogText()).toContain('No speech voices are installed, so Lector cannot read aloud yet.');
    expect(dialogText()).toContain('install speech-dispatcher and espeak-ng');
    expect(live()).toBe('No speech voices are installed, so Lector cannot read aloud yet.');
    act(() => narrator!.set({ status: 'error', noVoices: false, error: { code: 'synthesis-failed' } }));
    expect(dialogText()).toContain('Speech keeps failing');
  });
});
