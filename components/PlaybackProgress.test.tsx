// @vitest-environment jsdom
import '../tests/support/components/fake-chrome';
import { act, cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAKE_VOICES, FakeNarrator } from '../tests/support/components/fake-narrator';
import { article, button, live, renderReader } from '../tests/support/components/render-reader';

afterEach(cleanup);

const position = () => document.querySelector('.lector-progress')?.textContent ?? '';
const titleMarked = () => document.getElementById('lector-title')?.hasAttribute('data-lector-spoken') ?? false;

describe('Sentence N of M, with the title read first', () => {
  it('counts what is read: the title is sentence 1, and M is the sentences read, not the article’s', () => {
    const narrator = new FakeNarrator(article, FAKE_VOICES, true);
    const onPlaceChange = vi.fn();
    renderReader({ narrator, onPlaceChange });
    const read = new Set(narrator.segments.map((segment) => segment.sentence)).size;
    expect(narrator.segments[0]?.kind).toBe('title');
    expect(position()).toMatch(new RegExp(`^Sentence 1 of ${read}(?!\\d)`));
    fireEvent.click(button('Play'));
    // The title is what is marked as spoken while it is read.
    expect(titleMarked()).toBe(true);
    act(() => narrator.speakNext());
    expect(position()).toMatch(new RegExp(`^Sentence 2 of ${read}(?!\\d)`));
    expect(titleMarked()).toBe(false);
    // The place saved is the article's first sentence read, never the title's -1.
    expect(onPlaceChange.mock.calls.every(([place]) => place.sentence >= 0 && place.block >= 0)).toBe(true);
    expect(onPlaceChange).toHaveBeenCalledTimes(1);
  });

  it('says the title in words when a step lands on it while not playing', () => {
    const narrator = new FakeNarrator(article, FAKE_VOICES, true);
    renderReader({ narrator });
    fireEvent.click(button('Next sentence'));
    fireEvent.click(button('Previous sentence'));
    expect(narrator.state.segment?.kind).toBe('title');
    expect(live()).toBe(article.title);
  });
});
