/**
 * Speaks one utterance at a time and reports how it went, never stalling:
 * - A watchdog cancels an utterance that does not start, or does not end, in
 *   time, and reports it as failed.
 * - `cancel()` is global to the browser, so it is only called while the
 *   utterance is ours and unfinished.
 * - Events from an utterance that is no longer current are ignored, so a late
 *   `interrupted` from our own `cancel()` is never taken for someone else's.
 */
import type { FailureReason } from './failure-policy';
import type { SpeechSegment } from './speech-segments';
import type { CurrentWord } from './state';
import type { SpeechBackend, SpeechErrorEventLike, SpeechEventLike, SpeechUtteranceLike, VoiceLike } from './synthesizer';
import { endTimeoutMs, type NarratorTiming } from './timing';
import type { VoiceSettings } from './voice-settings';
import { wordFromBoundary } from './word-boundary';

/** What to say, and how. */
export interface UtteranceRequest {
  segment: SpeechSegment;
  /** Where to start inside `segment.text` (a resume mid-segment). */
  offset: number;
  voice: VoiceLike | null;
  lang: string;
  settings: Readonly<VoiceSettings>;
}

/** An utterance that ended after it was heard to start: what the speaking-speed estimate learns from. */
export interface SpokenUtterance {
  characters: number;
  elapsedMs: number;
  rate: number;
}

/** Why speech stopped without ending: a failure, other speech taking over, or the browser refusing. */
export type UtteranceFailure = FailureReason | 'interrupted' | 'not-allowed';

/** How the current utterance is going; never called for an utterance that was cancelled by us. */
export interface UtteranceEvents {
  /** A word is being spoken; `resumeOffset` is where to resume in the segment's text. */
  word(word: CurrentWord, resumeOffset: number): void;
  /** Spoken to the end; `spoken` is null when it was never heard to start. */
  ended(spoken: SpokenUtterance | null): void;
  failed(failure: UtteranceFailure, voice: VoiceLike | null): void;
}

interface ActiveUtterance {
  utterance: SpeechUtteranceLike;
  request: UtteranceRequest;
  startedAt: number | null;
  watchdog: ReturnType<typeof setTimeout> | null;
}

export class UtteranceRunner {
  private active: ActiveUtterance | null = null;

  constructor(
    private readonly backend: SpeechBackend,
    private readonly timing: NarratorTiming,
    private readonly now: () => number,
    private readonly events: UtteranceEvents,
  ) {}

  /** Speaks `request` (one utterance at a time). False when the synthesizer threw: nothing is being spoken then. */
  speak(request: UtteranceRequest): boolean {
    const { segment, offset, voice, settings } = request;
    const utterance = this.backend.createUtterance(segment.text.slice(offset));
    utterance.voice = voice;
    utterance.lang = request.lang;
    utterance.rate = settings.rate;
    utterance.pitch = settings.pitch;
    utterance.volume = settings.volume;
    const active: ActiveUtterance = { utterance, request, startedAt: null, watchdog: null };
    utterance.onstart = () => this.handleStart(active);
    utterance.onboundary = (event) => this.handleBoundary(active, event);
    utterance.onend = () => this.handleEnd(active);
    utterance.onerror = (event) => this.handleError(active, event);
    // Holding the utterance here also keeps Chrome from garbage-collecting it mid-speech (and never firing `end`).
    this.active = active;
    const startLimit = voice?.localService === false ? this.timing.startTimeoutMs : this.timing.localStartTimeoutMs;
    active.watchdog = setTimeout(() => this.handleStall(active, 'start-timeout'), startLimit);
    try {
      this.backend.synthesizer.speak(utterance);
      return true;
    } catch {
      this.release(active);
      return false;
    }
  }

  /** Cancels speech only if it is ours: `cancel()` would silence every other page too. */
  cancelOwnSpeech(): void {
    const active = this.active;
    if (!active) return;
    this.release(active);
    this.backend.synthesizer.cancel();
  }

  private handleStart(active: ActiveUtterance): void {
    if (this.active !== active || active.startedAt !== null) return;
    active.startedAt = this.now();
    if (active.watchdog !== null) clearTimeout(active.watchdog);
    const limit = endTimeoutMs(active.utterance.text.length, active.request.settings.rate, this.timing);
    active.watchdog = setTimeout(() => this.handleStall(active, 'end-timeout'), limit);
  }

  private handleBoundary(active: ActiveUtterance, event: SpeechEventLike): void {
    if (this.active !== active) return;
    // Some engines send boundaries before `start`; speech has begun either way.
    this.handleStart(active);
    const word = wordFromBoundary(active.request.segment, active.request.offset, event);
    if (word) this.events.word(word, active.request.offset + event.charIndex);
  }

  private handleEnd(active: ActiveUtterance): void {
    if (this.active !== active) return;
    this.release(active);
    const { startedAt } = active;
    const characters = active.utterance.text.length;
    const rate = active.request.settings.rate;
    this.events.ended(startedAt === null ? null : { characters, elapsedMs: this.now() - startedAt, rate });
  }

  private handleError(active: ActiveUtterance, event: SpeechErrorEventLike): void {
    if (this.active !== active) return;
    this.release(active);
    // Not our cancel (ours forgets the utterance first): another page or tab took the voice.
    const failure: UtteranceFailure =
      event.error === 'interrupted' || event.error === 'canceled'
        ? 'interrupted'
        : event.error === 'not-allowed'
          ? 'not-allowed'
          : 'error';
    this.events.failed(failure, active.request.voice);
  }

  private handleStall(active: ActiveUtterance, reason: FailureReason): void {
    if (this.active !== active) return;
    active.watchdog = null;
    this.cancelOwnSpeech();
    this.events.failed(reason, active.request.voice);
  }

  /** Our utterance is finished with: stop its watchdog and forget it. */
  private release(active: ActiveUtterance): void {
    if (active.watchdog !== null) clearTimeout(active.watchdog);
    active.watchdog = null;
    if (this.active === active) this.active = null;
  }
}
