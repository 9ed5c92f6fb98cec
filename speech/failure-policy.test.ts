import { describe, expect, it } from 'vitest';
import { decideAfterFailure, type FailureCounts } from './failure-policy';
import { DEFAULT_TIMING } from './timing';

const limits = { maxConsecutiveFailures: 4, failuresBeforeFallback: 2 };
const counts = (inARow: number, withVoice: number, onSegment: number): FailureCounts => ({ inARow, withVoice, onSegment });

describe('decideAfterFailure', () => {
  it('retries an utterance that errored once, and skips one that errored twice', () => {
    expect(decideAfterFailure('error', counts(1, 1, 1), limits)).toEqual({ action: 'retry', otherVoice: false });
    expect(decideAfterFailure('error', counts(1, 1, 2), limits)).toEqual({ action: 'skip', otherVoice: false });
  });

  it('skips an utterance that stalled rather than waiting on it again', () => {
    expect(decideAfterFailure('start-timeout', counts(1, 1, 1), limits)).toEqual({ action: 'skip', otherVoice: false });
    expect(decideAfterFailure('end-timeout', counts(1, 1, 1), limits)).toEqual({ action: 'skip', otherVoice: false });
  });

  it('asks for another voice once the same one has failed often enough', () => {
    expect(decideAfterFailure('start-timeout', counts(2, 2, 2), limits)).toEqual({ action: 'skip', otherVoice: true });
    expect(decideAfterFailure('error', counts(2, 2, 1), limits)).toEqual({ action: 'retry', otherVoice: true });
  });

  it('gives up after too many failures in a row, whatever the voice', () => {
    expect(decideAfterFailure('error', counts(4, 1, 1), limits)).toEqual({ action: 'give-up' });
    expect(decideAfterFailure('start-timeout', counts(3, 3, 3), limits)).toEqual({ action: 'skip', otherVoice: true });
  });

  it('takes its limits from the Narrator timing', () => {
    expect(decideAfterFailure('error', counts(DEFAULT_TIMING.maxConsecutiveFailures, 0, 0), DEFAULT_TIMING)).toEqual({
      action: 'give-up',
    });
  });
});
