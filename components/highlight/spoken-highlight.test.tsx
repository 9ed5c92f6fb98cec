// @vitest-environment jsdom
import '../../tests/support/components/fake-chrome';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderShell } from '../ReaderShell';
import { ReaderModel } from '../reader/reader-model';
import { collapseWhitespace } from '../../core/text';
import { fixtureArticle } from '../../tests/support/components/article-fixture';
import { english } from '../../tests/support/components/english';
import { FakeNarrator } from '../../tests/support/components/fake-narrator';

/** A stand-in for the CSS Custom Highlight API, which jsdom lacks. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const registry = new Map<string, FakeHighlight>();
const article = fixtureArticle();
const appearance = { theme: 'light', fontFamily: 'serif', fontSize: 20, lineHeight: 1.6, contentWidth: 68 } as const;

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderReader() {
  const narrator = new FakeNarrator(article);
  const model = new ReaderModel({ article, narrator, t: english, appearance, onClose: () => undefined });
  render(<ReaderShell content={{ kind: 'article', model, startBlock: null }} t={english} onClose={() => undefined} />);
  return { narrator, model };
}

const highlighted = (name: string) => collapseWhitespace(registry.get(name)?.ranges[0]?.toString() ?? '');

describe('highlighting what is spoken', () => {
  it('shows nothing before the user starts, then the sentence and the word being spoken', () => {
    const { narrator, model } = renderReader();
    expect(registry.size).toBe(0);
    act(() => model.togglePlay());
    expect(highlighted('lector-sentence')).toBe(article.sentences[0]!.text);
    act(() => narrator.speakNext());
    const sentence = article.sentences[1]!;
    expect(highlighted('lector-sentence')).toBe(sentence.text);
    const secondWord = sentence.text.indexOf(' ') + 1;
    const length = sentence.text.slice(secondWord).indexOf(' ');
    act(() => narrator.set({ word: { sentence: 1, block: sentence.block, charIndex: secondWord, length } }));
    expect(highlighted('lector-word')).toBe(sentence.text.slice(secondWord, secondWord + length));
    expect(document.querySelector('[data-lector-spoken]')?.getAttribute('data-lector-block')).toBe(String(sentence.block));
  });

  it('takes its highlights out of the page-wide registry when the reader goes', () => {
    const { model } = renderReader();
    act(() => model.togglePlay());
    expect([...registry.keys()].sort()).toEqual(['lector-sentence']);
    cleanup();
    expect(registry.size).toBe(0);
  });
});

describe('the live region', () => {
  it('says the same words again as a new announcement', () => {
    const { model } = renderReader();
    const region = screen.getAllByRole('status', { hidden: true })[0]!;
    act(() => model.announce('No next heading'));
    const first = region.firstElementChild;
    act(() => model.announce('No next heading'));
    expect(region.textContent).toBe('No next heading');
    expect(region.firstElementChild).not.toBe(first);
  });
});
