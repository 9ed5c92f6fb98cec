// The place is ReadingPlace's (reading-place.ts), driven here through the Narrator as a listener would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildArticle } from '../tests/fixtures/speech/build-article';
import { SAMPLE_TEXTS, plainVoice, sampleArticle, setup, wordVoice } from '../tests/support/speech/harness';

afterEach(() => {
  vi.useRealTimers();
});

const allTexts = SAMPLE_TEXTS;

describe('Narrator: moving around', () => {
  it('skips forward while playing: the target is spoken at once', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.play();
    vi.advanceTimersByTime(200);
    expect(narrator.next('heading')).toBe(true);
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[4] });
    expect(narrator.next('paragraph')).toBe(true);
    expect(narrator.state.segment?.text).toBe(allTexts[5]);
    runUntil('ended');
    expect(synth.finished).toEqual(allTexts.slice(5));
  });

  it('moves without speaking while paused or idle, then plays from there', () => {
    const { narrator, synth } = setup();
    expect(narrator.seekToSentence(5)).toBe(true);
    expect(narrator.state).toMatchObject({ status: 'idle', segment: { sentence: 5 } });
    expect(synth.log).toEqual([]);
    expect(narrator.previous('sentence')).toBe(true);
    expect(narrator.state.segment?.sentence).toBe(4);
    expect(narrator.seekToBlock(2)).toBe(true);
    expect(narrator.state.segment?.kind).toBe('caption');
    narrator.play();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[3] });
    narrator.pause();
    narrator.previous('heading');
    expect(narrator.state).toMatchObject({ status: 'paused', segment: { sentence: 0 } });
    expect(synth.log.filter((e) => e.type === 'speak')).toHaveLength(1);
  });

  it('reports false and stays put when there is nowhere to go', () => {
    const { narrator } = setup();
    expect(narrator.previous('sentence')).toBe(false);
    expect(narrator.seekToSentence(99)).toBe(false);
    narrator.seekToSentence(6);
    expect(narrator.next('sentence')).toBe(false);
    expect(narrator.next('heading')).toBe(false);
    expect(narrator.state.segment?.sentence).toBe(6);
  });

  it('stop goes back to the start; play after the end starts over', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.seekToSentence(5);
    narrator.play();
    narrator.stop();
    expect(narrator.state).toMatchObject({ status: 'idle', segment: { index: 0 }, progress: { done: 0 } });
    expect(synth.speaking).toBe(false);
    narrator.seekToSentence(6);
    narrator.play();
    runUntil('ended');
    narrator.play();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[0] });
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[6], ...allTexts]);
  });

  it('after the end, "previous" goes to the last sentence and play reads it', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.seekToSentence(6);
    narrator.play();
    runUntil('ended');
    expect(narrator.previous('sentence')).toBe(true);
    expect(narrator.state).toMatchObject({ status: 'idle', segment: { sentence: 6 } });
    narrator.play();
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[6], allTexts[6]]);
  });
});

describe('Narrator: words and options', () => {
  it('emits the current word from boundary events, in sentence coordinates', () => {
    const article = sampleArticle();
    const { narrator, states, runUntil } = setup({ voices: [wordVoice] });
    narrator.play();
    runUntil('ended');
    const words = states.flatMap((s) => (s.word ? [s.word] : []));
    const spokenWords = words.map((w) => article.sentences[w.sentence]?.text.slice(w.charIndex, w.charIndex + w.length));
    const expected = article.sentences.flatMap((s) => s.text.split(' '));
    // Consecutive states may repeat a word; the announcement "Heading:" is never a word.
    expect(spokenWords.filter((w, i) => w !== spokenWords[i - 1])).toEqual(expected);
  });

  it('stays at sentence level for voices without boundary events', () => {
    const { narrator, states, runUntil } = setup({ voices: [plainVoice] });
    narrator.play();
    runUntil('ended');
    expect(states.every((s) => s.word === null)).toBe(true);
    expect(new Set(states.map((s) => s.segment?.sentence)).size).toBe(8); // 7 sentences + null at the end
  });

  it('keeps the place when options change, and leaves a block that is now skipped', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.seekToSentence(2);
    narrator.play();
    narrator.setOptions({ announceHeadings: false });
    expect(narrator.state.segment?.sentence).toBe(2);
    expect(synth.cancelCalls).toBe(0);
    vi.advanceTimersByTime(2_000); // now on the caption
    expect(narrator.state.segment?.kind).toBe('caption');
    narrator.setOptions({ skipCaptions: true });
    expect(narrator.state.segment?.text).toBe('Echo section');
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: 'Echo section' });
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[2], 'Echo section', ...allTexts.slice(5)]);
    expect(narrator.segments.map((s) => s.kind)).not.toContain('caption');
  });
});

describe('Narrator: options at the very end', () => {
  it('ends when the segment it is on, and everything after it, becomes skipped', () => {
    const article = buildArticle([
      { kind: 'paragraph', sentences: ['Hotel text.'] },
      { kind: 'code', sentences: ['india();'] },
    ]);
    const { narrator, synth } = setup({ article, options: { skipCode: false } });
    narrator.seekToSentence(1);
    narrator.play();
    narrator.setOptions({ skipCode: true });
    expect(narrator.state).toMatchObject({ status: 'ended', segment: null, progress: { done: 1, total: 1 } });
    expect(synth.speaking).toBe(false);
  });
});
