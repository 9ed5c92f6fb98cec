/**
 * The Narrator: the public state machine that reads an article aloud through an
 * injected synthesizer. Pause is cancel-and-remember, and resume re-speaks the
 * current segment (from the last word boundary when the voice reports them):
 * `speechSynthesis.pause()` does nothing with speech-dispatcher on Linux (the
 * utterance never ends after `resume()`; seen in Chromium 156 and Firefox),
 * cancels on Chrome Android, and never fires `onpause` for Chrome's network voices.
 * Its state is narrator-model.ts; speaking while playing is segment-player.ts,
 * over utterance-runner.ts (watchdog) and failure-policy.ts; voices are voice-roster.ts.
 */
import type { Article } from '../core/model';
import { NarratorModel } from './narrator-model';
import type { NavigationUnit } from './navigation';
import { ReadingPlace } from './reading-place';
import { SegmentPlayer } from './segment-player';
import { DEFAULT_READING_OPTIONS, type ReadingOptions, type SpeechSegment } from './speech-segments';
import type { NarratorListener, NarratorState } from './state';
import type { SpeechBackend } from './synthesizer';
import { DEFAULT_TIMING, type NarratorTiming } from './timing';
import { VoiceRoster } from './voice-roster';
import { clampVoiceSetting, voiceSettingsFrom, type VoiceSettings } from './voice-settings';
import type { VoicePreferences } from './voices';

export interface NarratorConfig extends SpeechBackend {
  /** The article to read; only its language, title (read first), blocks and sentences are used. */
  article: Pick<Article, 'lang' | 'blocks' | 'sentences'> & Partial<Pick<Article, 'title'>>;
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

/**
 * Reads one article aloud. Moves (next/previous/seek) speak the target at once
 * while playing and only move the place otherwise; a rate change applies to the
 * current segment (see `setRate`), other settings and voice changes from the next
 * one. All methods are safe to call in any state.
 */
export class Narrator {
  private readonly timing: NarratorTiming;
  private readonly model: NarratorModel;
  private readonly player: SegmentPlayer;

  constructor(config: NarratorConfig) {
    const lang = config.article.lang || config.defaultLang || null;
    this.timing = { ...DEFAULT_TIMING, ...config.timing };
    const roster = new VoiceRoster(config.synthesizer, lang, config.voicePreferences);
    const options = { ...DEFAULT_READING_OPTIONS, ...config.options };
    const place = new ReadingPlace(config.article, options);
    this.model = new NarratorModel(place, roster, options, voiceSettingsFrom(config.settings));
    const backend = { synthesizer: config.synthesizer, createUtterance: config.createUtterance };
    this.player = new SegmentPlayer(this.model, backend, this.timing, lang, config.now ?? (() => Date.now()));
    roster.watch((hasVoices) => {
      if (hasVoices) this.voicesArrived();
      this.model.publish();
    });
    // With no voices yet, find out now rather than after the first Play: a listener should
    // hear "no voices installed" when the reader opens, not a silent button.
    if (!roster.refresh()) this.waitForVoices();
    this.model.publish();
  }

  /** The current state; a new object after every change. */
  get state(): NarratorState {
    return this.model.state;
  }

  /** What will be spoken, in order. Rebuilt (new array) by `setOptions`. */
  get segments(): readonly SpeechSegment[] {
    return this.model.place.segments;
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: NarratorListener): () => void {
    return this.model.subscribe(listener);
  }

  /** Starts reading at the current segment, resumes after a pause, or starts over after the end. */
  play(): void {
    const { model } = this;
    if (model.isClosed || model.status === 'playing' || model.status === 'loading-voices') return;
    if (model.status === 'ended') this.player.moveTo(0);
    model.error = null;
    model.notice = model.notice?.code === 'voice-fallback' ? model.notice : null;
    this.player.forgiveFailures();
    if (model.place.segments.length === 0) {
      model.fail('nothing-to-read');
    } else if (model.roster.voices.length === 0 && !model.roster.refresh()) {
      // Remembered even after "no voices": a cold browser may still be listing them, and one the
      // listener has just installed shows up without a reload.
      model.status = 'loading-voices';
      this.waitForVoices();
    } else {
      model.status = 'playing';
      this.player.speakCurrent();
    }
    model.publish();
  }

  /** Stops speaking and remembers the place (the last word boundary, or the segment's start). */
  pause(): void {
    const { model } = this;
    if (model.status === 'playing') {
      this.player.cancel();
      model.status = 'paused';
      model.word = null;
      model.publish();
    } else if (model.status === 'loading-voices') {
      model.status = 'paused';
      model.publish();
    }
  }

  /** Continues after `pause()`; does nothing in other states. */
  resume(): void {
    if (this.model.status === 'paused') this.play();
  }

  /** Stops speaking and goes back to the start of the article. */
  stop(): void {
    const { model } = this;
    if (model.isClosed) return;
    this.player.cancel();
    model.roster.stopWaiting();
    this.player.moveTo(0);
    if (model.noVoices) {
      model.fail('no-voices');
    } else {
      model.status = 'idle';
      model.error = null;
    }
    model.publish();
  }

  /** Jumps to the next sentence, paragraph or heading; returns false (and stays) when there is none. */
  next(unit: NavigationUnit = 'sentence'): boolean {
    return this.player.jump(this.model.place.nextStart(unit));
  }

  /** Jumps to the previous sentence, paragraph or heading (see `previousUnitStart`). */
  previous(unit: NavigationUnit = 'sentence'): boolean {
    return this.player.jump(this.model.place.previousStart(unit));
  }

  /** Moves to `Article.sentences[sentence]` (a clicked sentence, a selection), or the next one read. */
  seekToSentence(sentence: number): boolean {
    return this.player.jump(this.model.place.sentenceStart(sentence));
  }

  /** Moves to the start of `Article.blocks[block]` (a heading in the outline), or the next block read. */
  seekToBlock(block: number): boolean {
    return this.player.jump(this.model.place.blockStart(block));
  }

  /**
   * Speaking rate 0.5–10 (clamped). While playing it applies to the current segment
   * at once: once the rate has stopped changing for a moment (see `RESTART_DELAY_MS`),
   * the segment is re-spoken from the last word boundary (or its start) at the new rate.
   */
  setRate(rate: number): void {
    if (this.updateSetting('rate', rate) && this.model.status === 'playing') this.player.restartSoon();
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
    if (!this.model.roster.choose(voiceURI)) return false;
    this.player.forgetVoiceFailures();
    if (this.model.notice?.code === 'voice-fallback') this.model.notice = null;
    this.model.publish();
    return true;
  }

  /** Changes what is read; keeps the place (or moves to the next segment read if the current one is now skipped). */
  setOptions(options: Partial<ReadingOptions>): void {
    this.model.options = { ...this.model.options, ...options };
    const rebuilt = this.model.place.rebuild(this.model.options);
    if (!rebuilt.kept && rebuilt.next !== null) {
      this.player.jump(rebuilt.next);
      return;
    }
    if (!rebuilt.kept) {
      // The rest of the article is now skipped: nothing is left to read.
      this.player.cancel();
      this.player.finish();
    }
    this.model.publish();
  }

  /** Stops speaking and lets go of the synthesizer; the Narrator cannot be used afterwards. */
  dispose(): void {
    if (this.model.isClosed) return;
    this.player.cancel();
    this.model.roster.dispose();
    this.model.status = 'idle';
    this.model.close();
  }

  /** The roster has voices now: a wait or a "no voices" error ends, and a pending Play starts. */
  private voicesArrived(): void {
    const { model } = this;
    model.roster.stopWaiting();
    // Told "no voices" earlier and not waiting to play: say they have come. A pending Play just starts.
    if (model.noVoices && model.status !== 'loading-voices') model.notice = { code: 'voices-found' };
    model.noVoices = false;
    if (model.error?.code === 'no-voices') {
      model.error = null;
      model.status = 'idle';
    }
    if (model.status === 'loading-voices') {
      model.status = 'playing';
      this.player.speakCurrent();
    }
  }

  private waitForVoices(): void {
    const { model } = this;
    model.roster.waitForVoices(this.timing.voiceLoadTimeoutMs, this.timing.voicePollMs, (hasVoices) => {
      if (hasVoices) {
        this.voicesArrived();
        return model.publish();
      }
      if (model.status === 'loading-voices') {
        // A pending Play is never dropped: say that none has come yet, and keep looking.
        model.noVoices = true;
        model.publish();
        return this.waitForVoices();
      }
      if (model.status !== 'idle') return;
      model.noVoices = true;
      model.fail('no-voices');
      model.publish();
    });
  }

  /** True when the setting changed. */
  private updateSetting(key: keyof VoiceSettings, value: number): boolean {
    const { settings } = this.model;
    const next = clampVoiceSetting(key, value, settings[key]);
    if (next === settings[key]) return false;
    this.model.settings = { ...settings, [key]: next };
    this.model.publish();
    return true;
  }
}

/** Makes a Narrator for `config.article`; see `Narrator` for the behaviour. */
export function createNarrator(config: NarratorConfig): Narrator {
  return new Narrator(config);
}
