// @vitest-environment jsdom
import '../../support/components/fake-chrome';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderShell } from '../../../components/ReaderShell';
import { ReaderModel, type ReaderModelOptions } from '../../../components/reader/reader-model';
import type { NoArticle } from '../../../core/model';
import { fixtureArticle } from '../../support/components/article-fixture';
import { english } from '../../support/components/english';
import { FakeNarrator } from '../../support/components/fake-narrator';

const appearance = { theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineHeight: 1.8, contentWidth: 60 } as const;
const article = fixtureArticle();

function renderReader(options: Partial<ReaderModelOptions> & { startBlock?: number | null; speech?: boolean } = {}) {
  const narrator = options.speech === false ? null : new FakeNarrator(article);
  const onClose = vi.fn();
  const onAppearanceChange = vi.fn();
  const model = new ReaderModel({ article, narrator, t: english, appearance, onClose, onAppearanceChange, ...options });
  render(<ReaderShell content={{ kind: 'article', model, startBlock: options.startBlock ?? null }} t={english} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: article.title, hidden: true });
  return { model, narrator, onClose, onAppearanceChange, dialog };
}

const live = () => screen.getByRole('status', { hidden: true }).textContent;
const press = (key: string, init: Partial<KeyboardEventInit> = {}) => {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : key === ' ' ? 'Space' : key;
  fireEvent.keyDown(document.activeElement ?? document.body, { key, code, ...init });
};
const dialogText = () => document.querySelector('.lector-notices')?.textContent ?? '';
const button = (name: string | RegExp) => screen.getByRole('button', { name, hidden: true });

afterEach(cleanup);

describe('the reader dialog', () => {
  it('is a modal dialog named by the article title, with its metadata, focused on the title', () => {
    const { dialog } = renderReader();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe(article.title);
    expect(document.activeElement).toBe(title);
    for (const text of ['Ines Calloway', 'The Harbour Chronicle', `${article.readingMinutes} min read`]) expect(dialog.textContent).toContain(text);
    expect(dialog.querySelector('.lector-page')?.getAttribute('lang')).toBe('en');
    expect(dialog.querySelectorAll('article [data-lector-block]')).toHaveLength(article.blocks.length);
    expect(dialog.getAttribute('data-theme')).toBe('sepia');
    expect(dialog.style.getPropertyValue('--lector-font-size')).toBe('22px');
  });

  it('focuses and marks the start block of "Read aloud from here"', () => {
    const { dialog } = renderReader({ startBlock: 5 });
    const start = dialog.querySelector('[data-lector-start]');
    expect(start?.getAttribute('data-lector-block')).toBe('5');
    expect(document.activeElement).toBe(start);
  });

  it('announces the opened reader in its polite live region', async () => {
    renderReader();
    expect(screen.getByRole('status', { hidden: true }).getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(live()).toBe(`Reader open: ${article.title}. Press Escape to close.`));
  });

  it('closes on Escape and on Close', () => {
    const { onClose, dialog } = renderReader();
    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(dialog.querySelector('.lector-bar .lector-close')!);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('lists what was removed and why, behind a disclosure', () => {
    const { dialog } = renderReader();
    const removed = dialog.querySelector('details.lector-removed')!;
    expect(removed.querySelector('summary')?.textContent).toBe('2 items removed');
    expect(removed.textContent).toContain('READ MORE: How the harbour lighthouse got its second lamp');
    expect(removed.textContent).toContain('Link to another story placed inside this one.');
    expect(removed.textContent).toContain('Label of an advertisement, not part of the story.');
    expect(removed.hasAttribute('open')).toBe(false);
  });
});

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
    act(() => narrator!.set({ status: 'error', noVoices: true, error: { code: 'no-voices', message: 'x' } }));
    expect(dialogText()).toContain('No speech voices are installed, so Lector cannot read aloud yet.');
    expect(dialogText()).toContain('install speech-dispatcher and espeak-ng');
    expect(live()).toBe('No speech voices are installed, so Lector cannot read aloud yet.');
    act(() => narrator!.set({ status: 'error', noVoices: false, error: { code: 'synthesis-failed', message: 'x' } }));
    expect(dialogText()).toContain('Speech keeps failing');
  });
});

describe('heading navigation', () => {
  it('H moves focus to the next heading and announces it', () => {
    const { narrator, dialog } = renderReader();
    press('h');
    const heading = dialog.querySelector('#lector-h-0')!;
    expect(document.activeElement).toBe(heading);
    expect(live()).toBe('Heading level 2, Why the cold used to be a problem');
    expect(narrator!.calls).toEqual([`seekToBlock:${article.headings[0]!.block}`]);
    press('h');
    expect(document.activeElement?.textContent).toBe('A winter harvest');
    press('H', { shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Why the cold used to be a problem');
  });

  it('1–6 go to the next heading of that level, and say when there is none', () => {
    renderReader();
    press('3');
    expect(document.activeElement?.textContent).toBe('A winter harvest');
    press('2');
    expect(document.activeElement?.textContent).toBe('The trade that followed');
    press('4');
    expect(live()).toBe('No next heading at level 4');
  });

  it('keeps reading from the heading when playing, and does not start reading otherwise', () => {
    const { narrator } = renderReader();
    press('h');
    expect(narrator!.calls).not.toContain('play');
    press('k');
    press('h');
    expect(narrator!.state.status).toBe('playing');
    expect(narrator!.state.segment?.block).toBe(article.headings[1]!.block);
    expect(narrator!.calls.filter((call) => call === 'play')).toHaveLength(1);
  });

  it('lists the headings by level, marks the current section, and reads from the one chosen', () => {
    const { narrator, dialog } = renderReader();
    const toggle = button('Contents');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const nav = screen.getByRole('navigation', { name: 'Contents', hidden: true });
    expect(nav.querySelectorAll('ol ol button')).toHaveLength(3);
    fireEvent.click(within(nav).getByRole('button', { name: 'Sawdust and straw', hidden: true }));
    expect(narrator!.calls).toEqual([`seekToBlock:${article.headings[2]!.block}`, 'play']);
    expect(within(nav).getByRole('button', { name: 'Sawdust and straw', hidden: true }).getAttribute('aria-current')).toBe('location');
    expect(document.activeElement).toBe(dialog.querySelector('#lector-h-2'));
  });

  it('works with the Alt+Shift chords, which reach the reader in browse mode', () => {
    renderReader();
    fireEvent.keyDown(document.activeElement!, { key: 'Ó', code: 'KeyH', altKey: true, shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Why the cold used to be a problem');
  });
});

describe('help, display and reading position', () => {
  it('? opens the shortcut help; Escape closes it and not the reader', () => {
    const { onClose } = renderReader();
    press('?', { shiftKey: true, code: 'Slash' });
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(help.hasAttribute('open')).toBe(true);
    expect(help.textContent).toContain('Alt+Shift+K');
    press('h');
    expect(document.activeElement?.textContent).not.toBe('Why the cold used to be a problem');
    press('Escape');
    expect(help.hasAttribute('open')).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('applies and saves display settings as they change', () => {
    const { dialog, onAppearanceChange } = renderReader();
    fireEvent.click(button('Display'));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark', hidden: true }));
    expect(dialog.getAttribute('data-theme')).toBe('dark');
    fireEvent.input(screen.getByRole('slider', { name: 'Word spacing', hidden: true }), { target: { value: '0.16' } });
    expect(dialog.style.getPropertyValue('--lector-word-spacing')).toBe('0.16em');
    expect(onAppearanceChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark', wordSpacing: 0.16 }));
  });

  it('offers to continue from a saved position', () => {
    const sentence = article.blocks[8]!.firstSentence;
    const { narrator } = renderReader({ resumeFrom: { block: 8, sentence } });
    expect(screen.getByText(/You stopped at/)).toBeTruthy();
    fireEvent.click(button('Continue from there'));
    expect(narrator!.calls).toEqual([`seekToSentence:${sentence}`, 'play']);
    expect(screen.queryByText(/You stopped at/)).toBeNull();
  });

  it('stops following when the user scrolls, and brings the spoken text back on request', () => {
    const { dialog } = renderReader();
    press('k');
    expect(screen.queryByRole('button', { name: 'Back to the spoken text', hidden: true })).toBeNull();
    fireEvent.wheel(dialog.querySelector('.lector-scroller')!);
    fireEvent.click(button('Back to the spoken text'));
    expect(screen.queryByRole('button', { name: 'Back to the spoken text', hidden: true })).toBeNull();
    expect(document.activeElement?.getAttribute('data-lector-block')).toBe('0');
  });
});

describe('keys on a hostile page', () => {
  it('still work when the page swallows keys in the capture phase', () => {
    const swallow = (event: Event) => {
      event.stopPropagation();
      event.preventDefault();
    };
    // Registered before the reader opens, on document and window, as a page would.
    document.addEventListener('keydown', swallow, true);
    window.addEventListener('keydown', swallow, true);
    try {
      const { dialog } = renderReader();
      press('h');
      expect(document.activeElement).toBe(dialog.querySelector('#lector-h-0'));
      // The page prevented Tab's default: the reader moves focus itself.
      const buttons = [...dialog.querySelectorAll('button')];
      buttons[0]!.focus();
      press('Tab');
      expect(document.activeElement).toBe(buttons[1]);
    } finally {
      document.removeEventListener('keydown', swallow, true);
      window.removeEventListener('keydown', swallow, true);
    }
  });
});

describe('no article', () => {
  it('says why and offers to read the selection or the whole page', () => {
    const result: NoArticle = { kind: 'no-article', code: 'link-list' };
    const onReadSelection = vi.fn();
    const onReadPage = vi.fn();
    const onClose = vi.fn();
    render(
      <ReaderShell
        content={{ kind: 'no-article', result, appearance, onReadSelection, onReadPage }}
        t={english}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'No article found on this page', hidden: true });
    expect(dialog.textContent).toContain('This page is mostly a list of links (like a search results or index page), not an article.');
    expect(document.activeElement?.id).toBe('lector-title');
    fireEvent.click(button('The text you selected'));
    fireEvent.click(button('All the text of the page'));
    expect([onReadSelection.mock.calls.length, onReadPage.mock.calls.length]).toEqual([1, 1]);
    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
