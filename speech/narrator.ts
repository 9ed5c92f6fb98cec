/**
 * The Narrator: reads an article's segments one utterance at a time through an
 * injected synthesizer, and never stalls.
 *
 * - Pause is cancel-and-remember, resume re-speaks the current segment (from the
 *   last word boundary when the voice reports them): `speechSynthesis.pause()`
 *   does nothing with speech-dispatcher on Linux (the utterance never ends after
 *   `resume()`; seen in Chromium 156 and Firefox), cancels on Chrome Android, and
 *   never fires `onpause` for Chrome's network voices.
 * - One utterance is queued at a time, and `cancel()` (global to the browser) is
 *   only called while that utterance is ours and unfinished.
 * - A watchdog cancels utterances that do not start or do not end in time and
 *   moves on, switching to a local voice when one voice keeps failing.
 * - Events from utterances that are no longer current are ignored, so a late
 *   `interrupted` from our own `cancel()` never moves the place.
 */
import type { Article } from '../core/model';
import { nextUnitStart, previousUnitStart, segmentAtOrAfterBlock, segmentAtOrAfterSentence, type NavigationUnit } from './navigation';
import {
  buildSpeechSegments,
  charactersFromEachSegment,
  DEFAULT_READING_OPTIONS,
  type ReadingOptions,
  type SpeechSegment,
} from './speech-segments';
import type { CurrentWord, NarratorError, NarratorListener, NarratorNotice, NarratorState, NarratorStatus } from './state';
import type { SpeechBackend, SpeechErrorEventLike, SpeechEventLike, SpeechUtteranceLike, VoiceLike } from './synthesizer';
import { DEFAULT_TIMING, endTimeoutMs, expectedSpeechMs, SpeakingSpeedEstimate, type NarratorTiming } from './timing';
import { VoiceRoster } from './voice-roster';
import { clampVoiceSetting, voiceSettingsFrom, type VoiceSettings } from './voice-settings';
import { NO_VOICES_MESSAGE, type VoicePreferences } from './voices';
import { wordFromBoundary } from './word-boundary';

export interface NarratorConfig extends SpeechBackend {
  /** The article to read; only its language, blocks and sentences are used. */
  article: Pick<Article, 'lang' | 'blocks' | 'sentences'>;
  /** Where the listener's voice choice per language is remembered. */
  voicePreferences?: VoicePreferences;
  /** Language to pick a voice for when the article does not say (e.g. `navigator.language`). */
  defaultLang?: string;
  options?: Partial<ReadingOptions>;
  settings?: Partial<VoiceSettings>;
  /** Watchdog limits; the defaults suit real browsers. */
  timing?: Partial<NarratorTiming>;
  /** Clock for measuring speaking speed (milliseconds). */
  now?: () => number;
}

const MESSAGES = {
  notAllowed: 'The browser did not allow speech yet. Press Play to start reading.',
  synthesisFailed: 'Speech keeps failing with the available voices. Press Play to try again from here.',
  nothingToRead: 'There is no text to read aloud in this article.',
  interrupted: 'Reading was interrupted by other speech. Press Play to continue.',
} as const;

type FailureReason = 'start-timeout' | 'end-timeout' | 'error';

interface ActiveUtterance {
  utterance: SpeechUtteranceLike;
  segment: SpeechSegment;
  /** Where the utterance's text starts inside `segment.text`. */
  offset: number;
  voice: VoiceLike | null;
  rate: number;
  startedAt: number | null;
  watchdog: ReturnType<typeof setTimeout> | null;
}

/**
 * Reads one article aloud. Moves (next/previous/seek) speak the target at once
 * while playing and only move the place otherwise; settings and voice changes
 * apply from the next segment. All methods are safe to call in any state.
 */
export class Narrator {
  private readonly backend: SpeechBackend;
  private readonly article: NarratorConfig['article'];
  private readonly lang: string | null;
  private readonly roster: VoiceRoster;
  private readonly timing: NarratorTiming;
  private readonly now: () => number;
  private readonly speed = new SpeakingSpeedEstimate();
  private readonly listeners = new Set<NarratorListener>();

  private options: ReadingOptions;
  private settings: VoiceSettings;
  private segmentList: SpeechSegment[] = [];
  /** Characters from segment i to the end, for the time estimate. */
  private charsFrom: number[] = [];

  /** The current segment; `segmentList.length` once ended. */
  private index = 0;
  /** Where in the current segment's text to start speaking (the last word boundary heard). */
  private resumeOffset = 0;
  private active: ActiveUtterance | null = null;
  private status: NarratorStatus = 'idle';
  private error: NarratorError | null = null;
  private notice: NarratorNotice | null = null;
  private word: CurrentWord | null = null;

  private noVoices = false;
  private voiceWait: ReturnType<typeof setTimeout> | null = null;
  private failuresWithVoice = 0;
  private failuresInARow = 0;
  private attemptsOnSegment = 0;

  private snapshot: NarratorState;
  private disposed = false;
  private readonly onVoicesChanged = () => this.refreshVoices();

  constructor(config: NarratorConfig) {
    this.backend = { synthesizer: config.synthesizer, createUtterance: config.createUtterance };
    this.article = config.article;
    this.lang = config.article.lang || config.defaultLang || null;
    this.roster = new VoiceRoster(config.synthesizer, this.lang, config.voicePreferences);
    this.timing = { ...DEFAULT_TIMING, ...config.timing };
    this.now = config.now ?? (() => Date.now());
    this.options = { ...DEFAULT_READING_OPTIONS, ...config.options };
    this.settings = voiceSettingsFrom(config.settings);
    this.rebuildSegments();
    // Chrome fills its voice list lazily: asking early makes it ready by the time play is pressed.
    this.backend.synthesizer.addEventListener('voiceschanged', this.onVoicesChanged);
    // With no voices yet, find out now rather than after the first Play: a listener should
    // hear "no voices installed" when the reader opens, not a silent button.
    if (!this.roster.refresh()) this.waitForVoices();
    this.snapshot = this.buildState();
  }

  /** The current state; a new object after every change. */
  get state(): NarratorState {
    return this.snapshot;
  }

  /** What will be spoken, in order. Rebuilt (new array) by `setOptions`. */
  get segments(): readonly SpeechSegment[] {
    return this.segmentList;
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: NarratorListener): () => void {
    this.listeners.add(listener);
    listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  /** Starts reading at the current segment, resumes after a pause, or starts over after the end. */
  play(): void {
    if (this.disposed || this.status === 'playing' || this.status === 'loading-voices') return;
    if (this.status === 'ended') this.moveTo(0);
    this.error = null;
    this.notice = this.notice?.code === 'interrupted' ? null : this.notice;
    this.failuresInARow = 0;
    this.attemptsOnSegment = 0;
    if (this.segmentList.length === 0) {
      this.setError({ code: 'nothing-to-read', message: MESSAGES.nothingToRead });
    } else if (this.roster.voices.length === 0 && !this.roster.refresh()) {
      if (this.noVoices) {
        this.setError({ code: 'no-voices', message: NO_VOICES_MESSAGE });
      } else {
        this.status = 'loading-voices';
        this.waitForVoices();
      }
    } else {
      this.status = 'playing';
      this.speakCurrent();
    }
    this.emit();
  }

  /** Stops speaking and remembers the place (the last word boundary, or the segment's start). */
  pause(): void {
    if (this.status === 'playing') {
      this.cancelOwnSpeech();
      this.status = 'paused';
      this.word = null;
      this.emit();
    } else if (this.status === 'loading-voices') {
      this.status = 'paused';
      this.emit();
    }
  }

  /** Continues after `pause()`; does nothing in other states. */
  resume(): void {
    if (this.status === 'paused') this.play();
  }

  /** Stops speaking and goes back to the start of the article. */
  stop(): void {
    if (this.disposed) return;
    this.cancelOwnSpeech();
    this.clearVoiceWait();
    this.moveTo(0);
    if (this.noVoices) {
      this.setError({ code: 'no-voices', message: NO_VOICES_MESSAGE });
    } else {
      this.status = 'idle';
      this.error = null;
    }
    this.emit();
  }

  /** Jumps to the next sentence, paragraph or heading; returns false (and stays) when there is none. */
  next(unit: NavigationUnit = 'sentence'): boolean {
    return this.jump(nextUnitStart(this.segmentList, this.index, unit));
  }

  /** Jumps to the previous sentence, paragraph or heading (see `previousUnitStart`). */
  previous(unit: NavigationUnit = 'sentence'): boolean {
    return this.jump(previousUnitStart(this.segmentList, this.index, unit));
  }

  /** Moves to `Article.sentences[sentence]` (a clicked sentence, a selection), or the next one read. */
  seekToSentence(sentence: number): boolean {
    return this.jump(segmentAtOrAfterSentence(this.segmentList, sentence));
  }

  /** Moves to the start of `Article.blocks[block]` (a heading in the outline), or the next block read. */
  seekToBlock(block: number): boolean {
    return this.jump(segmentAtOrAfterBlock(this.segmentList, block));
  }

  /** Speaking rate 0.5–3 (clamped), from the next segment on. */
  setRate(rate: number): void {
    this.updateSetting('rate', rate);
  }

  /** Pitch 0–2 (clamped), from the next segment on. */
  setPitch(pitch: number): void {
    this.updateSetting('pitch', pitch);
  }

  /** Volume 0–1 (clamped), from the next segment on. */
  setVolume(volume: number): void {
    this.updateSetting('volume', volume);
  }

  /**
   * Reads with the voice `voiceURI` from the next segment on and remembers it for
   * the article's language. Returns false if the browser has no such voice.
   */
  setVoice(voiceURI: string): boolean {
    if (!this.roster.choose(voiceURI)) return false;
    this.failuresWithVoice = 0;
    if (this.notice?.code === 'voice-fallback') this.notice = null;
    this.emit();
    return true;
  }

  /** Changes what is read; keeps the place (or moves to the next segment read if the current one is now skipped). */
  setOptions(options: Partial<ReadingOptions>): void {
    const current = this.segmentList[this.index];
    this.options = { ...this.options, ...options };
    this.rebuildSegments();
    if (!current) {
      this.index = this.segmentList.length;
    } else {
      const same = this.segmentList.findLast(
        (segment) => segment.sentence === current.sentence && segment.sentenceOffset <= current.sentenceOffset,
      );
      if (same) {
        this.index = same.index;
        if (same.text !== current.text) this.resumeOffset = 0;
      } else {
        const after = segmentAtOrAfterSentence(this.segmentList, current.sentence + 1);
        if (after !== null) {
          this.jump(after);
          return;
        }
        // The rest of the article is now skipped: nothing is left to read.
        this.cancelOwnSpeech();
        this.finish();
      }
    }
    this.emit();
  }

  /** Stops speaking and lets go of the synthesizer; the Narrator cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.cancelOwnSpeech();
    this.clearVoiceWait();
    this.backend.synthesizer.removeEventListener('voiceschanged', this.onVoicesChanged);
    this.status = 'idle';
    this.emit();
    this.disposed = true;
    this.listeners.clear();
  }

  // ---- speaking ----

  private speakCurrent(): void {
    const segment = this.segmentList[this.index];
    if (!segment) {
      this.finish();
      return;
    }
    const offset = this.resumeOffset > 0 && this.resumeOffset < segment.text.length ? this.resumeOffset : 0;
    const voice = this.roster.current;
    const utterance = this.backend.createUtterance(segment.text.slice(offset));
    utterance.voice = voice;
    utterance.lang = voice?.lang ?? this.lang ?? '';
    utterance.rate = this.settings.rate;
    utterance.pitch = this.settings.pitch;
    utterance.volume = this.settings.volume;
    const active: ActiveUtterance = { utterance, segment, offset, voice, rate: this.settings.rate, startedAt: null, watchdog: null };
    utterance.onstart = () => this.handleStart(active);
    utterance.onboundary = (event) => this.handleBoundary(active, event);
    utterance.onend = () => this.handleEnd(active);
    utterance.onerror = (event) => this.handleError(active, event);
    // Holding the utterance here also keeps Chrome from garbage-collecting it mid-speech (and never firing `end`).
    this.active = active;
    this.resumeOffset = offset;
    active.watchdog = setTimeout(() => this.handleStall(active, 'start-timeout'), this.timing.startTimeoutMs);
    try {
      this.backend.synthesizer.speak(utterance);
    } catch {
      this.handleFailure(active, 'error');
    }
  }

  private handleStart(active: ActiveUtterance): void {
    if (this.active !== active || active.startedAt !== null) return;
    active.startedAt = this.now();
    if (active.watchdog !== null) clearTimeout(active.watchdog);
    const limit = endTimeoutMs(active.utterance.text.length, active.rate, this.timing);
    active.watchdog = setTimeout(() => this.handleStall(active, 'end-timeout'), limit);
  }

  private handleBoundary(active: ActiveUtterance, event: SpeechEventLike): void {
    if (this.active !== active) return;
    // Some engines send boundaries before `start`; speech has begun either way.
    this.handleStart(active);
    const word = wordFromBoundary(active.segment, active.offset, event);
    if (!word) return;
    this.word = word;
    this.resumeOffset = active.offset + event.charIndex;
    this.emit();
  }

  private handleEnd(active: ActiveUtterance): void {
    if (this.active !== active) return;
    this.release(active);
    if (active.startedAt !== null) {
      this.speed.record(active.utterance.text.length, this.now() - active.startedAt, active.rate);
    }
    this.failuresWithVoice = 0;
    this.failuresInARow = 0;
    this.advance();
    this.emit();
  }

  private handleError(active: ActiveUtterance, event: SpeechErrorEventLike): void {
    if (this.active !== active) return;
    this.release(active);
    this.word = null;
    if (event.error === 'interrupted' || event.error === 'canceled') {
      // Not our cancel (ours clears `active` first): another page or tab took the voice. Do not fight it.
      this.status = 'paused';
      this.notice = { code: 'interrupted', message: MESSAGES.interrupted };
    } else if (event.error === 'not-allowed') {
      this.setError({ code: 'not-allowed', message: MESSAGES.notAllowed });
    } else {
      this.handleFailure(active, 'error');
    }
    this.emit();
  }

  private handleStall(active: ActiveUtterance, reason: FailureReason): void {
    if (this.active !== active) return;
    active.watchdog = null;
    this.cancelOwnSpeech();
    this.handleFailure(active, reason);
    this.emit();
  }

  /**
   * After a failed utterance: switch to a local voice if this one keeps failing
   * (and say so), retry an utterance that errored once, otherwise move on. Gives
   * up with an error after too many failures in a row, keeping the place.
   */
  private handleFailure(active: ActiveUtterance, reason: FailureReason): void {
    if (this.active === active) this.release(active);
    this.word = null;
    this.failuresInARow++;
    this.failuresWithVoice++;
    this.attemptsOnSegment++;
    if (this.failuresInARow >= this.timing.maxConsecutiveFailures) {
      this.setError({ code: 'synthesis-failed', message: MESSAGES.synthesisFailed });
      return;
    }
    if (this.failuresWithVoice >= this.timing.failuresBeforeFallback && this.fallBackFrom(active.voice)) {
      this.speakCurrent();
      return;
    }
    const retry = reason === 'error' && this.attemptsOnSegment < 2;
    if (retry) this.speakCurrent();
    else this.advance();
  }

  private fallBackFrom(failing: VoiceLike | null): boolean {
    const fallback = this.roster.fallBackFrom(failing);
    if (!fallback) return false;
    this.failuresWithVoice = 0;
    this.attemptsOnSegment = 0;
    const from = failing ? `“${failing.name}” stopped responding` : 'The voice stopped responding';
    this.notice = { code: 'voice-fallback', message: `${from}; reading with “${fallback.name}” instead.`, from: failing, to: fallback };
    return true;
  }

  /** Goes on to the next segment, or ends. */
  private advance(): void {
    this.moveTo(this.index + 1);
    if (this.index >= this.segmentList.length) this.finish();
    else this.speakCurrent();
  }

  private finish(): void {
    this.moveTo(this.segmentList.length);
    this.status = 'ended';
  }

  // ---- place ----

  private jump(target: number | null): boolean {
    if (target === null || this.disposed) return false;
    const wasPlaying = this.status === 'playing';
    if (wasPlaying) this.cancelOwnSpeech();
    this.moveTo(target);
    if (this.status === 'ended') this.status = 'idle';
    if (wasPlaying) this.speakCurrent();
    this.emit();
    return true;
  }

  private moveTo(index: number): void {
    this.index = Math.max(0, Math.min(index, this.segmentList.length));
    this.resumeOffset = 0;
    this.word = null;
    this.attemptsOnSegment = 0;
  }

  /** Our utterance is finished with: stop its watchdog and forget it. */
  private release(active: ActiveUtterance): void {
    if (active.watchdog !== null) clearTimeout(active.watchdog);
    active.watchdog = null;
    if (this.active === active) this.active = null;
  }

  /** Cancels speech only if it is ours: `cancel()` would silence every other page too. */
  private cancelOwnSpeech(): void {
    const active = this.active;
    if (!active) return;
    this.release(active);
    this.backend.synthesizer.cancel();
  }

  private setError(error: NarratorError): void {
    this.status = 'error';
    this.error = error;
  }

  // ---- voices ----

  private refreshVoices(): void {
    if (this.disposed) return;
    if (this.roster.refresh()) this.voicesArrived();
    this.emit();
  }

  /** The roster has voices now: a wait or a "no voices" error ends, and a pending Play starts. */
  private voicesArrived(): void {
    this.clearVoiceWait();
    this.noVoices = false;
    if (this.error?.code === 'no-voices') {
      this.error = null;
      this.status = 'idle';
    }
    if (this.status === 'loading-voices') {
      this.status = 'playing';
      this.speakCurrent();
    }
  }

  private waitForVoices(): void {
    this.clearVoiceWait();
    this.voiceWait = setTimeout(() => {
      this.voiceWait = null;
      // Asked again: a browser may fill its list without ever firing voiceschanged.
      if (this.roster.refresh()) {
        this.voicesArrived();
        return this.emit();
      }
      if (this.status !== 'loading-voices' && this.status !== 'idle') return;
      this.noVoices = true;
      this.setError({ code: 'no-voices', message: NO_VOICES_MESSAGE });
      this.emit();
    }, this.timing.voiceLoadTimeoutMs);
  }

  private clearVoiceWait(): void {
    if (this.voiceWait !== null) clearTimeout(this.voiceWait);
    this.voiceWait = null;
  }

  // ---- state ----

  private updateSetting(key: keyof VoiceSettings, value: number): void {
    const next = clampVoiceSetting(key, value, this.settings[key]);
    if (next === this.settings[key]) return;
    this.settings = { ...this.settings, [key]: next };
    this.emit();
  }

  private rebuildSegments(): void {
    this.segmentList = buildSpeechSegments(this.article, this.options);
    this.charsFrom = charactersFromEachSegment(this.segmentList);
  }

  private buildState(): NarratorState {
    const total = this.segmentList.length;
    const charsLeft = Math.max(0, (this.charsFrom[this.index] ?? 0) - this.resumeOffset);
    return {
      status: this.status,
      error: this.error,
      noVoices: this.noVoices,
      segment: this.segmentList[this.index] ?? null,
      word: this.word,
      progress: {
        done: Math.min(this.index, total),
        total,
        secondsRemaining: Math.ceil(expectedSpeechMs(charsLeft, this.settings.rate, this.speed.charsPerSecond) / 1000),
      },
      voice: this.roster.current,
      voices: this.roster.voices,
      notice: this.notice,
      settings: this.settings,
      options: this.options,
    };
  }

  private emit(): void {
    if (this.disposed) return;
    const state = this.buildState();
    this.snapshot = state;
    for (const listener of [...this.listeners]) {
      // A listener that acted on the Narrator has already had (and passed on) a newer state.
      if (this.snapshot !== state) return;
      try {
        listener(state);
      } catch (error) {
        // One broken listener must not stop speech or starve the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** Makes a Narrator for `config.article`; see `Narrator` for the behaviour. */
export function createNarrator(config: NarratorConfig): Narrator {
  return new Narrator(config);
}
