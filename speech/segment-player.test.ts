/** A rate change applies to the segment being spoken (segment-player.ts `restartSoon`), through the Narrator. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup, wordVoice, type Harness } from '../tests/support/speech/harness';
import { RESTART_DELAY_MS } from './segment-player';

afterEach(() => {
  vi.useRealTimers();
});

const speaks = ({ synth }: Harness) => synth.log.flatMap((event) => (event.type === 'speak' ? [event] : []));

/** Advances fake time in 10 ms steps until `done()`; fails after a minute. */
function advanceUntil(done: () => boolean): void {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 60_000) throw new Error('condition never met');
    vi.advanceTimersByTime(10);
  }
}

describe('SegmentPlayer: a new rate applies to the current segment at once', () => {
  it('re-speaks the current segment at the new rate once the rate stops changing (debounced)', () => {
    const harness = setup();
    const { narrator, synth, runUntil } = harness;
    narrator.play();
    advanceUntil(() => speaks(harness).length === 2);
    vi.advanceTimersByTime(300); // well into the second segment
    const current = speaks(harness)[1]!.text;
    // A dragged slider: many changes 100 ms apart; nothing restarts while they come.
    for (const rate of [1.5, 2, 3, 5, 8]) {
      narrator.setRate(rate);
      vi.advanceTimersByTime(100);
    }
    expect(speaks(harness)).toHaveLength(2);
    expect(synth.cancelCalls).toBe(0);
    vi.advanceTimersByTime(RESTART_DELAY_MS - 100);
    expect(synth.cancelCalls).toBe(1);
    expect(speaks(harness)).toHaveLength(3);
    expect(speaks(harness)[2]).toMatchObject({ text: current, rate: 8 });
    expect(narrator.state).toMatchObject({ status: 'playing', settings: { rate: 8 } });
    expect(narrator.state.segment?.text).toBe(current);
    runUntil('ended');
    expect(speaks(harness).slice(2).every((event) => event.rate === 8)).toBe(true);
    expect(synth.finished).toEqual(narrator.segments.map((segment) => segment.text));
  });

  it('re-speaks from the last word boundary when the voice reports them', () => {
    const harness = setup({ voices: [wordVoice] });
    const { narrator, synth } = harness;
    narrator.play();
    advanceUntil(() => speaks(harness).length === 2);
    const current = speaks(harness)[1]!.text;
    const boundaries = () => synth.log.flatMap((e) => (e.type === 'boundary' && e.text === current && e.charIndex > 0 ? [e] : []));
    advanceUntil(() => boundaries().length > 0);
    const { charIndex } = boundaries().at(-1)!;
    narrator.setRate(4);
    vi.advanceTimersByTime(RESTART_DELAY_MS);
    expect(speaks(harness).at(-1)).toMatchObject({ text: current.slice(charIndex), rate: 4 });
    expect(narrator.state.segment?.text).toBe(current);
  });

  it('does not restart when idle or paused, when the rate comes back, or when a jump already speaks at it', () => {
    const harness = setup();
    const { narrator, synth } = harness;
    narrator.setRate(2); // idle: remembered for the first utterance
    narrator.play();
    expect(speaks(harness)[0]).toMatchObject({ rate: 2 });
    vi.advanceTimersByTime(100);
    narrator.setRate(3);
    narrator.pause();
    vi.advanceTimersByTime(RESTART_DELAY_MS * 2);
    expect(speaks(harness)).toHaveLength(1);
    narrator.play();
    expect(speaks(harness).at(-1)).toMatchObject({ text: narrator.segments[0]!.text, rate: 3 });
    const cancels = synth.cancelCalls;
    narrator.setRate(4);
    narrator.setRate(3); // back to the rate being spoken at
    vi.advanceTimersByTime(RESTART_DELAY_MS);
    expect(synth.cancelCalls).toBe(cancels);
    expect(speaks(harness).every((event) => event.rate === 3 || event.rate === 2)).toBe(true);
    const spokenBefore = speaks(harness).length;
    narrator.setRate(6);
    narrator.next(); // speaks the next segment at 6 already
    vi.advanceTimersByTime(RESTART_DELAY_MS);
    expect(synth.cancelCalls).toBe(cancels + 1); // the jump's own cancel only
    const after = speaks(harness).slice(spokenBefore);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((event) => event.rate === 6)).toBe(true);
  });

  it('speaks every segment once, in order, however the rate changes between and during utterances', () => {
    const harness = setup();
    const { narrator, synth } = harness;
    narrator.play();
    // Ends between utterances (and in any pause between segments) as well as inside them.
    for (let step = 0; narrator.state.status === 'playing' && step < 400; step += 1) {
      narrator.setRate(step % 2 === 0 ? 2 : 2.5);
      vi.advanceTimersByTime(RESTART_DELAY_MS + (step % 5) * 170);
    }
    expect(narrator.state.status).toBe('ended');
    expect(synth.cancelCalls).toBeGreaterThan(0);
    expect(synth.finished).toEqual(narrator.segments.map((segment) => segment.text));
  });

  it('a rate change between two utterances (in the pause after a heading) speaks the next one once, at the new rate', () => {
    // The first segment is a heading: a pause of 350 ms / rate (700 ms here) follows it.
    const harness = setup({ settings: { rate: 0.5 }, timing: { headingPauseMs: 350 } });
    const { narrator, synth, runUntil } = harness;
    narrator.play();
    advanceUntil(() => synth.finished.length === 1);
    narrator.setRate(0.6);
    vi.advanceTimersByTime(RESTART_DELAY_MS + 10); // the debounce ends inside the pause
    expect(speaks(harness)).toHaveLength(1);
    runUntil('ended');
    expect(speaks(harness)[1]).toMatchObject({ text: narrator.segments[1]!.text, rate: 0.6 });
    expect(synth.finished).toEqual(narrator.segments.map((segment) => segment.text));
  });
});
