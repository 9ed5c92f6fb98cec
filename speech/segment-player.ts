/**
 * Speaks the article segment after segment while the Narrator is playing, and
 * keeps going through failures as failure-policy.ts decides: another try, a
 * local voice in place of one that keeps failing, the next segment, or an error.
 */
import { decideAfterFailure, NO_FAILURES, type FailureCounts, type FailureReason } from './failure-policy';
import type { NarratorModel } from './narrator-model';
import type { CurrentWord } from './state';
import type { SpeechBackend, VoiceLike } from './synthesizer';
import { isHeadingLike } from './speech-segments';
import { headingPauseMs, type NarratorTiming } from './timing';
import { UtteranceRunner, type SpokenUtterance, type UtteranceFailure } from './utterance-runner';

/**
 * How long the rate must stay unchanged before the current segment is re-spoken
 * at it: dragging the speed slider sends a change every few milliseconds.
 */
export const RESTART_DELAY_MS = 300;

export class SegmentPlayer {
  private readonly runner: UtteranceRunner;
  private failures: FailureCounts = { ...NO_FAILURES };
  /** The pause around a heading, before the next segment is spoken; cancelled by `cancel()`. */
  private gap: ReturnType<typeof setTimeout> | null = null;
  /** The rate of the utterance being spoken; null between utterances (a new one takes the rate as it is then). */
  private spokenRate: number | null = null;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly model: NarratorModel,
    backend: SpeechBackend,
    private readonly timing: NarratorTiming,
    private readonly lang: string | null,
    now: () => number,
  ) {
    this.runner = new UtteranceRunner(backend, timing, now, {
      word: (word, resumeOffset) => this.heard(word, resumeOffset),
      ended: (spoken) => this.ended(spoken),
      failed: (failure, voice) => this.failed(failure, voice),
    });
  }

  /** Speaks the current segment from the resume point, or ends when there is none. */
  speakCurrent(): void {
    const { place, roster } = this.model;
    const segment = place.segment;
    if (!segment) return this.finish();
    const resume = place.resumeOffset;
    const offset = resume > 0 && resume < segment.text.length ? resume : 0;
    const voice = roster.current;
    place.resumeOffset = offset;
    this.spokenRate = this.model.settings.rate;
    const request = { segment, offset, voice, lang: voice?.lang ?? this.lang ?? '', settings: this.model.settings };
    if (!this.runner.speak(request)) this.recover('error', voice);
  }

  /** Stops speaking, if we are; the place stays. */
  cancel(): void {
    this.clearGap();
    this.cancelRestart();
    this.spokenRate = null;
    this.runner.cancelOwnSpeech();
  }

  /**
   * Once the rate has stayed unchanged for `RESTART_DELAY_MS`, re-speaks the current
   * segment at it from the resume point (the last word boundary heard, or the
   * segment's start), if still playing and not already spoken at that rate.
   */
  restartSoon(): void {
    this.cancelRestart();
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      const { model } = this;
      if (model.status !== 'playing' || this.spokenRate === null || this.spokenRate === model.settings.rate) return;
      this.runner.cancelOwnSpeech();
      this.speakCurrent();
      model.publish();
    }, RESTART_DELAY_MS);
  }

  /** Goes to segment `index` (see `ReadingPlace.moveTo`) without speaking. */
  moveTo(index: number): void {
    this.model.place.moveTo(index);
    this.model.word = null;
    this.failures = { ...this.failures, onSegment: 0 };
  }

  /** Moves to `target`, speaking it at once when playing; false (and no move) for null. */
  jump(target: number | null): boolean {
    const { model } = this;
    if (target === null || model.isClosed) return false;
    const wasPlaying = model.status === 'playing';
    if (wasPlaying) this.cancel();
    this.moveTo(target);
    if (model.status === 'ended') model.status = 'idle';
    if (wasPlaying) this.speakCurrent();
    model.publish();
    return true;
  }

  /** Moves past the last segment: the article has been read. */
  finish(): void {
    this.moveTo(this.model.place.segments.length);
    this.model.status = 'ended';
  }

  /** A new Play: earlier failures no longer count towards giving up. */
  forgiveFailures(): void {
    this.failures = { ...this.failures, inARow: 0, onSegment: 0 };
  }

  /** A voice the listener chose starts with a clean record. */
  forgetVoiceFailures(): void {
    this.failures = { ...this.failures, withVoice: 0 };
  }

  private heard(word: CurrentWord, resumeOffset: number): void {
    this.model.word = word;
    this.model.place.resumeOffset = resumeOffset;
    this.model.publish();
  }

  private ended(spoken: SpokenUtterance | null): void {
    this.spokenRate = null;
    if (spoken) this.model.speed.record(spoken.characters, spoken.elapsedMs, spoken.rate);
    this.failures = { ...this.failures, withVoice: 0, inARow: 0 };
    this.advance();
    this.model.publish();
  }

  private failed(failure: UtteranceFailure, voice: VoiceLike | null): void {
    this.spokenRate = null;
    const { model } = this;
    model.word = null;
    if (failure === 'interrupted') {
      // Someone else's speech took the voice: do not fight it.
      model.status = 'paused';
      model.notice = { code: 'interrupted' };
    } else if (failure === 'not-allowed') {
      model.fail('not-allowed');
    } else {
      this.recover(failure, voice);
    }
    model.publish();
  }

  private recover(reason: FailureReason, voice: VoiceLike | null): void {
    const { model } = this;
    model.word = null;
    const { inARow, withVoice, onSegment } = this.failures;
    this.failures = { inARow: inARow + 1, withVoice: withVoice + 1, onSegment: onSegment + 1 };
    const decision = decideAfterFailure(reason, this.failures, this.timing);
    if (decision.action === 'give-up') return model.fail('synthesis-failed');
    const fallback = decision.otherVoice ? model.roster.fallBackFrom(voice) : null;
    if (fallback) {
      this.failures = { ...this.failures, withVoice: 0, onSegment: 0 };
      model.notice = { code: 'voice-fallback', from: voice, to: fallback };
      this.speakCurrent();
    } else if (decision.action === 'retry') {
      this.speakCurrent();
    } else {
      this.advance();
    }
  }

  private cancelRestart(): void {
    if (this.restartTimer !== null) clearTimeout(this.restartTimer);
    this.restartTimer = null;
  }

  /** Goes on to the next segment, or ends; a heading or the title gets a short silence on each side. */
  private advance(): void {
    const { place } = this.model;
    const before = place.segment;
    this.moveTo(place.index + 1);
    const after = place.segment;
    if (!after) return this.finish();
    const pauses = before !== undefined && before.sentence !== after.sentence && (isHeadingLike(before) || isHeadingLike(after));
    const ms = pauses ? headingPauseMs(this.model.settings.rate, this.timing) : 0;
    if (ms <= 0) return this.speakCurrent();
    this.clearGap();
    this.gap = setTimeout(() => {
      this.gap = null;
      if (this.model.status !== 'playing' || this.model.isClosed) return;
      this.speakCurrent();
      this.model.publish();
    }, ms);
  }

  private clearGap(): void {
    if (this.gap !== null) clearTimeout(this.gap);
    this.gap = null;
  }
}
