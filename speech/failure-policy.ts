/** What the Narrator does after an utterance fails: a pure decision, so every branch is testable without timers. */
import type { NarratorTiming } from './timing';

/** Why an utterance failed: it never started, never ended, or the engine reported an error. */
export type FailureReason = 'start-timeout' | 'end-timeout' | 'error';

/** Failures counted so far, including the one being decided on. */
export interface FailureCounts {
  /** With any voice, since the last utterance that ended well (or the last Play). */
  inARow: number;
  /** With the current voice, since it was chosen. */
  withVoice: number;
  /** On the current segment. */
  onSegment: number;
}

export const NO_FAILURES: Readonly<FailureCounts> = Object.freeze({ inARow: 0, withVoice: 0, onSegment: 0 });

/**
 * - `give-up`: stop with an error, keeping the place.
 * - `retry` / `skip`: speak the segment again, or go on to the next one; but
 *   first switch to another voice when `otherVoice` is set and one is left.
 */
export type FailureDecision = { action: 'give-up' } | { action: 'retry' | 'skip'; otherVoice: boolean };

/**
 * Too many failures in a row end reading; a voice that keeps failing is
 * replaced; an utterance that errored is tried once more (an engine error is
 * often passing), while one that stalled is skipped (it would likely stall again).
 */
export function decideAfterFailure(
  reason: FailureReason,
  counts: Readonly<FailureCounts>,
  limits: Pick<NarratorTiming, 'maxConsecutiveFailures' | 'failuresBeforeFallback'>,
): FailureDecision {
  if (counts.inARow >= limits.maxConsecutiveFailures) return { action: 'give-up' };
  const otherVoice = counts.withVoice >= limits.failuresBeforeFallback;
  return { action: reason === 'error' && counts.onSegment < 2 ? 'retry' : 'skip', otherVoice };
}
