import { describe, expect, it, vi } from 'vitest';
import { ReaderModel, type ReaderView } from './reader-model';
import type { Article } from '../../core/model';
import { english } from '../../tests/support/components/english';
import { FakeNarrator } from '../../tests/support/components/fake-narrator';

const sentence = (index: number, block: number, text: string) => ({ index, block, text, start: 0, end: text.length });
const article: Article = {
  kind: 'article', url: null, title: 'T', byline: null, siteName: null, lang: 'en', dir: 'ltr', publishedTime: null,
  excerpt: null, html: '', text: '', wordCount: 9, readingMinutes: 1, removed: [],
  headings: [{ level: 2, text: 'Section', id: 'lector-h-0', block: 1 }],
  blocks: [
    { index: 0, kind: 'paragraph', text: 'One.', firstSentence: 0, sentenceCount: 1 },
    { index: 1, kind: 'heading', level: 2, text: 'Section', firstSentence: 1, sentenceCount: 1 },
    { index: 2, kind: 'paragraph', text: 'Two.', firstSentence: 2, sentenceCount: 1 },
  ],
  sentences: [sentence(0, 0, 'One.'), sentence(1, 1, 'Section'), sentence(2, 2, 'Two.')],
};
const appearance = { theme: 'light', fontFamily: 'serif', fontSize: 20, lineHeight: 1.6, contentWidth: 68 } as const;

function model(overrides: Partial<ConstructorParameters<typeof ReaderModel>[0]> = {}) {
  const narrator = new FakeNarrator(article);
  const view: ReaderView = { focusBlock: vi.fn(), revealSpoken: vi.fn() };
  const options = { article, narrator, t: english, appearance, onClose: vi.fn(), ...overrides };
  const reader = new ReaderModel(options);
  reader.attachView(view);
  return { reader, narrator, view, options };
}

describe('ReaderModel', () => {
  it('reports each new place once, for the reading position', () => {
    const onPlaceChange = vi.fn();
    const { reader, narrator } = model({ onPlaceChange });
    // Where reading starts is no news; where it got to is.
    expect(onPlaceChange).not.toHaveBeenCalled();
    reader.togglePlay();
    narrator.speakNext();
    narrator.set({ word: null });
    expect(onPlaceChange.mock.calls).toEqual([[{ block: 1, sentence: 1 }]]);
  });

  it('saves what the user changes, and only shows what changed elsewhere', () => {
    const onAppearanceChange = vi.fn();
    const { reader } = model({ onAppearanceChange });
    reader.setAppearance({ theme: 'dark' });
    expect(onAppearanceChange).toHaveBeenCalledWith({ ...appearance, theme: 'dark' });
    reader.applyAppearance({ fontSize: 30 });
    expect(reader.state.appearance).toMatchObject({ theme: 'dark', fontSize: 30 });
    expect(onAppearanceChange).toHaveBeenCalledTimes(1);
  });

  it('says why nothing happens without speech, and still moves by heading', () => {
    const { reader, view } = model({ narrator: null });
    reader.togglePlay();
    expect(reader.state.announcement).toMatch(/can't read aloud/);
    reader.moveToHeading(1);
    expect(view.focusBlock).toHaveBeenCalledWith(1);
    expect(reader.place).toBe(1);
    reader.moveToHeading(1);
    expect(reader.state.announcement).toBe('No next heading');
  });

  it('announces the end of the article and the start', () => {
    const { reader } = model();
    reader.move('sentence', -1);
    expect(reader.state.announcement).toBe('Start of the article');
    reader.move('paragraph', 1);
    reader.move('paragraph', 1);
    reader.move('paragraph', 1);
    expect(reader.state.announcement).toBe('End of the article');
  });

  it('offers only a saved place inside the article and past its start', () => {
    expect(model({ resumeFrom: { block: 0, sentence: 0 } }).reader.state.resumeOffer).toBeNull();
    expect(model({ resumeFrom: { block: 9, sentence: 9 } }).reader.state.resumeOffer).toBeNull();
    expect(model({ resumeFrom: { block: 2, sentence: 2 } }).reader.state.resumeOffer).toEqual({ block: 2, sentence: 2 });
  });

  it('announces voice trouble in words', () => {
    const { reader, narrator } = model();
    const to = narrator.state.voices[1]!;
    narrator.set({ notice: { code: 'voice-fallback', from: narrator.state.voices[0]!, to } });
    expect(reader.state.announcement).toBe('“English (UK)” stopped responding; reading with “English (US)” instead.');
  });
});
