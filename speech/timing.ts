/** How long speech should take: watchdog bounds and the time-remaining estimate. */

/** Watchdog and voice-loading limits, in milliseconds unless named otherwise. */
export interface NarratorTiming {
  /** A network voice's utterance that has not started after this long is cancelled and the next segment spoken. */
  startTimeoutMs: number;
  /**
   * The same for a local voice. Longer: the start watchdog is for network voices that never start (Chrome's
   * "Google …" voices), while a local engine starts late when the machine is busy or the tab is hidden and
   * throttled (seen: espeak-ng through speech-dispatcher over 3 s late in a background tab whose page forbids
   * media, on a loaded 2-core machine), and switching to another voice of the same engine helps nothing.
   */
  localStartTimeoutMs: number;
  /** Added to `endFactor` × the expected duration to bound how long a started utterance may take. */
  endSlackMs: number;
  /** Multiplies the expected duration; generous because voices differ widely in speed. */
  endFactor: number;
  /**
   * How long the Narrator looks for voices before saying there are none. It keeps listening
   * after that, and a Play pressed meanwhile starts as soon as a voice exists.
   */
  voiceLoadTimeoutMs: number;
  /** How often the voice list is asked for again while waiting: a browser may fill it without `voiceschanged`. */
  voicePollMs: number;
  /**
   * Silence before and after a heading or the title, at rate 1 (divided by the rate): Chromium's
   * Web Speech takes no SSML, so the pause is a timer between utterances.
   */
  headingPauseMs: number;
  /** Failures in a row with one voice before switching to a local voice. */
  failuresBeforeFallback: number;
  /** Failures in a row (any voice) before giving up with an error, keeping the place. */
  maxConsecutiveFailures: number;
}

export const DEFAULT_TIMING: Readonly<NarratorTiming> = Object.freeze({
  startTimeoutMs: 3_000,
  localStartTimeoutMs: 10_000,
  endSlackMs: 5_000,
  endFactor: 3,
  // On a cold start Chromium lists speech-dispatcher's voices 5–14 s late (seen in Chromium 156 on Linux).
  voiceLoadTimeoutMs: 30_000,
  voicePollMs: 1_000,
  headingPauseMs: 350,
  failuresBeforeFallback: 2,
  maxConsecutiveFailures: 4,
});

/**
 * Characters per second at rate 1. Measured here with espeak-ng in Chromium
 * (14–18); typical voices speak 150–180 words a minute, about 13–16.
 */
export const BASE_CHARS_PER_SECOND = 14;

/** Expected speaking time of `chars` characters at `rate` (1 = normal). */
export function expectedSpeechMs(chars: number, rate: number, charsPerSecond = BASE_CHARS_PER_SECOND): number {
  return (chars / (charsPerSecond * Math.max(rate, 0.1))) * 1000;
}

/** The pause around a heading at `rate` (a faster listener wants shorter pauses too). */
export function headingPauseMs(rate: number, timing: NarratorTiming): number {
  return Math.round(timing.headingPauseMs / Math.max(rate, 0.1));
}

/**
 * The longest a started utterance may take before the watchdog gives up on it.
 * Uses the slow base speed, not the measured one, so a quick voice that slows
 * down is not cut off.
 */
export function endTimeoutMs(chars: number, rate: number, timing: NarratorTiming): number {
  return timing.endSlackMs + timing.endFactor * expectedSpeechMs(chars, rate);
}

/**
 * Learns how fast the current voice really speaks (characters per second at
 * rate 1) from finished utterances, so "time remaining" follows the voice.
 */
export class SpeakingSpeedEstimate {
  private value = BASE_CHARS_PER_SECOND;

  get charsPerSecond(): number {
    return this.value;
  }

  /** Records one utterance of `chars` characters spoken in `elapsedMs` at `rate`. */
  record(chars: number, elapsedMs: number, rate: number): void {
    // Very short utterances are dominated by engine start-up time.
    if (chars < 20 || elapsedMs < 250 || !(rate > 0)) return;
    const observed = chars / (elapsedMs / 1000) / rate;
    if (!Number.isFinite(observed)) return;
    this.value = this.value * 0.7 + observed * 0.3;
  }
}
