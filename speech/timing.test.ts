import { describe, expect, it } from 'vitest';
import { BASE_CHARS_PER_SECOND, DEFAULT_TIMING, endTimeoutMs, expectedSpeechMs, headingPauseMs, SpeakingSpeedEstimate } from './timing';

describe('speech timing', () => {
  it('expects speech to take longer at slower rates', () => {
    expect(expectedSpeechMs(140, 1)).toBeCloseTo((140 / BASE_CHARS_PER_SECOND) * 1000);
    expect(expectedSpeechMs(140, 0.5)).toBeCloseTo(2 * expectedSpeechMs(140, 1));
    expect(expectedSpeechMs(140, 2, 28)).toBeCloseTo(2_500);
  });

  it('bounds a 175-character utterance generously at every rate', () => {
    for (const rate of [0.5, 1, 3]) {
      // The bound must outlast the utterance even if the voice ignores the rate and speaks at 1×.
      expect(endTimeoutMs(175, rate, DEFAULT_TIMING)).toBeGreaterThan(expectedSpeechMs(175, Math.min(rate, 1)));
    }
    expect(endTimeoutMs(0, 1, DEFAULT_TIMING)).toBe(DEFAULT_TIMING.endSlackMs);
  });

  it('learns the speed of the voice from finished utterances, ignoring tiny ones', () => {
    const estimate = new SpeakingSpeedEstimate();
    estimate.record(5, 10_000, 1);
    estimate.record(100, 100, 1);
    expect(estimate.charsPerSecond).toBe(BASE_CHARS_PER_SECOND);
    for (let i = 0; i < 30; i++) estimate.record(200, 5_000, 2); // 40 chars/s at 2× = 20 at 1×
    expect(estimate.charsPerSecond).toBeCloseTo(20, 1);
  });

  it('pauses 350 ms around headings at rate 1, shorter at faster rates', () => {
    expect(DEFAULT_TIMING.headingPauseMs).toBe(350);
    expect(headingPauseMs(1, DEFAULT_TIMING)).toBe(350);
    expect(headingPauseMs(2, DEFAULT_TIMING)).toBe(175);
    expect(headingPauseMs(10, DEFAULT_TIMING)).toBe(35);
    expect(headingPauseMs(0.5, DEFAULT_TIMING)).toBe(700);
    expect(headingPauseMs(1, { ...DEFAULT_TIMING, headingPauseMs: 0 })).toBe(0);
  });
});
