/**
 * What is read (issue 12): the title first, a short silence around headings and
 * the title (segment-player.ts `advance`), and "sentence N of M" over what is read.
 * Through the Narrator, with the fake synthesizer under fake timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_TEXTS, setup, type Harness } from '../tests/support/speech/harness';

afterEach(() => {
  vi.useRealTimers();
});

const TITLED = { options: { readTitle: true }, timing: { headingPauseMs: 350 } } as const;

const speaks = ({ synth }: Harness) => synth.log.flatMap((event) => (event.type === 'speak' ? [event] : []));
const ends = ({ synth }: Harness) => synth.log.flatMap((event) => (event.type === 'end' ? [event] : []));

/** Advances fake time in 10 ms steps until `done()`; fails after a minute. */
function advanceUntil(done: () => boolean): void {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 60_000) throw new Error('condition never met');
    vi.advanceTimersByTime(10);
  }
}

/** Silence between the end of each utterance and the next speak() (ms). */
function gaps(harness: Harness): number[] {
  const spoken = speaks(harness);
  return ends(harness).flatMap((end, i) => (spoken[i + 1] ? [spoken[i + 1]!.at - end.at] : []));
}

describe('the title is read first', () => {
  it('speaks the title, then the article, in order, each once', () => {
    const harness = setup(TITLED);
    harness.narrator.play();
    expect(harness.narrator.state.segment).toMatchObject({ kind: 'title', text: 'Fixture', sentence: -1, block: -1 });
    harness.runUntil('ended');
    expect(harness.spoken()).toEqual(['Fixture', ...SAMPLE_TEXTS]);
  });

  it('is not read with readTitle off, nor when the option is turned off while on it', () => {
    const off = setup({ ...TITLED, options: { readTitle: false } });
    expect(off.narrator.segments[0]?.text).toBe('Heading: Alpha title');
    vi.useRealTimers();
    const harness = setup(TITLED);
    expect(harness.narrator.state.segment?.kind).toBe('title');
    harness.narrator.setOptions({ readTitle: false });
    expect(harness.narrator.state.segment?.text).toBe('Heading: Alpha title');
    harness.narrator.setOptions({ readTitle: true });
    expect(harness.narrator.state.segment?.text).toBe('Heading: Alpha title');
  });

  it('next/previous sentence and heading go from and to the title', () => {
    const { narrator } = setup(TITLED);
    expect(narrator.next('sentence')).toBe(true);
    expect(narrator.state.segment?.text).toBe('Heading: Alpha title');
    expect(narrator.previous('sentence')).toBe(true);
    expect(narrator.state.segment?.kind).toBe('title');
    expect(narrator.previous('sentence')).toBe(false);
    expect(narrator.next('heading')).toBe(true);
    expect(narrator.state.segment?.text).toBe('Heading: Alpha title');
    narrator.seekToSentence(1);
    expect(narrator.previous('heading')).toBe(true);
    expect(narrator.state.segment?.text).toBe('Heading: Alpha title');
    expect(narrator.previous('heading')).toBe(true);
    expect(narrator.state.segment?.kind).toBe('title');
    narrator.seekToSentence(0);
    expect(narrator.state.segment?.text).toBe('Heading: Alpha title');
  });
});

describe('sentence N of M counts what is read', () => {
  it('counts the title as one and a skipped caption not at all', () => {
    const harness = setup(TITLED);
    const { narrator } = harness;
    expect(narrator.state.progress).toMatchObject({ sentence: 1, sentences: 8 });
    narrator.next('sentence');
    expect(narrator.state.progress).toMatchObject({ sentence: 2, sentences: 8 });
    narrator.setOptions({ skipCaptions: true });
    expect(narrator.state.progress).toMatchObject({ sentence: 2, sentences: 7 });
    narrator.seekToSentence(4); // 'Echo section', after the skipped caption
    expect(narrator.state.progress).toMatchObject({ sentence: 5, sentences: 7 });
    narrator.play();
    harness.runUntil('ended');
    expect(narrator.state.progress).toMatchObject({ sentence: 7, sentences: 7 });
  });

  it('counts from 1 on the first sentence when the title is not read', () => {
    const { narrator } = setup({ options: { readTitle: false } });
    expect(narrator.state.progress).toMatchObject({ sentence: 1, sentences: 7 });
  });
});

describe('a short silence around headings and the title', () => {
  it('waits 350 ms after the title and before and after each heading, none between plain sentences', () => {
    const harness = setup(TITLED);
    harness.narrator.play();
    harness.runUntil('ended');
    // title→H1, H1→Bravo, Bravo→Charlie, Charlie→Delta, Delta→H2, H2→Foxtrot, Foxtrot→Golf
    expect(gaps(harness)).toEqual([350, 350, 0, 0, 350, 350, 0]);
  });

  it('scales the silence by 1/rate', () => {
    const harness = setup({ ...TITLED, settings: { rate: 2 } });
    harness.narrator.play();
    harness.runUntil('ended');
    expect(gaps(harness)).toEqual([175, 175, 0, 0, 175, 175, 0]);
  });

  it('pause during the silence: nothing is spoken after it, and resume speaks the next segment once', () => {
    const harness = setup(TITLED);
    const { narrator } = harness;
    narrator.play();
    advanceUntil(() => ends(harness).length === 1);
    vi.advanceTimersByTime(100);
    narrator.pause();
    expect(narrator.state.status).toBe('paused');
    vi.advanceTimersByTime(10_000);
    expect(harness.spoken()).toEqual(['Fixture']);
    narrator.resume();
    expect(harness.spoken()).toEqual(['Fixture', 'Heading: Alpha title']);
    vi.advanceTimersByTime(1_000);
    expect(harness.spoken().filter((text) => text === 'Heading: Alpha title')).toHaveLength(1);
  });

  it('stop and dispose during the silence: no speech afterwards', () => {
    for (const end of ['stop', 'dispose'] as const) {
      const harness = setup(TITLED);
      harness.narrator.play();
      advanceUntil(() => ends(harness).length === 1);
      harness.narrator[end]();
      vi.advanceTimersByTime(10_000);
      expect(harness.spoken()).toEqual(['Fixture']);
      vi.useRealTimers();
    }
  });

  it('a jump during the silence speaks its target at once, and only it', () => {
    const harness = setup(TITLED);
    const { narrator } = harness;
    narrator.play();
    advanceUntil(() => ends(harness).length === 1);
    narrator.next('sentence'); // from the heading waiting to be spoken
    expect(harness.spoken()).toEqual(['Fixture', 'Bravo first sentence.']);
    vi.advanceTimersByTime(500);
    expect(harness.spoken()).toEqual(['Fixture', 'Bravo first sentence.']);
    expect(narrator.state.status).toBe('playing');
  });
});
