// @vitest-environment jsdom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NarratorState, VoiceLike } from '../speech/index';
import { VoicePicker, VOICES_DRAWN_AT_ONCE } from './VoicePicker';

afterEach(cleanup);

const voice = (i: number, lang = 'en-US'): VoiceLike => ({ voiceURI: `v${i}`, name: `Voice ${i}`, lang, localService: true, default: false });
// espeak-ng's shape under speech-dispatcher: hundreds of voices per language, thousands in all.
const many = [...Array.from({ length: 300 }, (_, i) => voice(i)), ...Array.from({ length: 900 }, (_, i) => voice(1000 + i, 'fr-FR'))];
const t = ((key: string) => (key === 'readerVoice' ? 'Voice' : key)) as Parameters<typeof VoicePicker>[0]['t'];
const state = (voices: VoiceLike[], current: VoiceLike | null) => ({ voices, voice: current }) as unknown as NarratorState;
const options = (select: HTMLSelectElement) => [...select.options].map((option) => option.value);

describe('VoicePicker', () => {
  it('shows the voice in use at once and draws a long list of the language after the first paint', async () => {
    const { container } = render(<VoicePicker t={t} narrator={state(many, many[42]!)} lang="en" onChoose={() => undefined} />);
    const select = container.querySelector('select')!;
    expect(options(select)).toEqual(['v42']);
    expect(select.value).toBe('v42');
    await waitFor(() => expect(select.options).toHaveLength(300));
    expect(options(select).every((uri) => Number(uri.slice(1)) < 1000)).toBe(true);
    expect(select.value).toBe('v42');
  });

  it('draws the whole list at once when focused before the paint, and a short list always at once', () => {
    const onChoose = vi.fn();
    const { container } = render(<VoicePicker t={t} narrator={state(many, many[0]!)} lang="en" onChoose={onChoose} />);
    const select = container.querySelector('select')!;
    fireEvent.focus(select);
    expect(select.options).toHaveLength(300);
    fireEvent.change(select, { target: { value: 'v7' } });
    expect(onChoose).toHaveBeenCalledWith('v7');
    cleanup();
    const short = many.slice(0, VOICES_DRAWN_AT_ONCE);
    const again = render(<VoicePicker t={t} narrator={state(short, short[3]!)} lang="en" onChoose={() => undefined} />);
    expect(again.container.querySelector('select')!.options).toHaveLength(VOICES_DRAWN_AT_ONCE);
  });
});
