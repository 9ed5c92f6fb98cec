/**
 * What the Narrator knows, in one place: its status, the place, the voices and
 * settings. The Narrator and its segment player change it and then `publish()`,
 * which hands listeners one immutable `NarratorState`.
 */
import type { ReadingPlace } from './reading-place';
import type { ReadingOptions } from './speech-segments';
import type { CurrentWord, NarratorError, NarratorListener, NarratorNotice, NarratorState, NarratorStatus } from './state';
import { StateBroadcast } from './state-broadcast';
import { expectedSpeechMs, SpeakingSpeedEstimate } from './timing';
import type { VoiceRoster } from './voice-roster';
import type { VoiceSettings } from './voice-settings';

export class NarratorModel {
  status: NarratorStatus = 'idle';
  /** Set exactly when `status === 'error'` (see `fail`). */
  error: NarratorError | null = null;
  notice: NarratorNotice | null = null;
  word: CurrentWord | null = null;
  noVoices = false;
  readonly speed = new SpeakingSpeedEstimate();
  private closed = false;
  private readonly broadcast: StateBroadcast<NarratorState>;

  constructor(
    readonly place: ReadingPlace,
    readonly roster: VoiceRoster,
    public options: ReadingOptions,
    public settings: VoiceSettings,
  ) {
    this.broadcast = new StateBroadcast(this.toState());
  }

  /** True once `close()` was called: nothing is published any more. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** The state last published. */
  get state(): NarratorState {
    return this.broadcast.state;
  }

  subscribe(listener: NarratorListener): () => void {
    return this.broadcast.subscribe(listener);
  }

  fail(code: NarratorError['code']): void {
    this.status = 'error';
    this.error = { code };
  }

  /** Tells every listener the state as it is now. */
  publish(): void {
    if (!this.closed) this.broadcast.publish(this.toState());
  }

  /** Publishes one last time, then forgets the listeners. */
  close(): void {
    if (this.closed) return;
    this.publish();
    this.closed = true;
    this.broadcast.clear();
  }

  private toState(): NarratorState {
    const { place, settings } = this;
    const total = place.segments.length;
    const secondsRemaining = expectedSpeechMs(place.charactersLeft, settings.rate, this.speed.charsPerSecond) / 1000;
    return {
      status: this.status,
      error: this.error,
      noVoices: this.noVoices,
      segment: place.segment ?? null,
      word: this.word,
      progress: {
        done: Math.min(place.index, total),
        total,
        sentence: place.sentenceOrdinal,
        sentences: place.sentenceCount,
        secondsRemaining: Math.ceil(secondsRemaining),
      },
      voice: this.roster.current,
      voices: this.roster.voices,
      notice: this.notice,
      settings,
      options: this.options,
    };
  }
}
