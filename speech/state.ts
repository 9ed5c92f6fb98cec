/** What the Narrator tells its listeners: one immutable state object per change. */
import type { ReadingOptions, SpeechSegment } from './speech-segments';
import type { VoiceLike } from './synthesizer';
import type { VoiceSettings } from './voice-settings';

/**
 * - `idle`: not started, or stopped (play starts at the current segment, the first after `stop()`).
 * - `loading-voices`: play was pressed and the browser is still listing its voices; reading starts when one arrives.
 * - `playing`: an utterance is queued or being spoken.
 * - `paused`: speech is cancelled and the place remembered; play/resume continues there.
 * - `ended`: the last segment was read; play starts again from the top.
 * - `error`: see `NarratorState.error`; the place is kept, so play tries again from it.
 */
export type NarratorStatus = 'idle' | 'loading-voices' | 'playing' | 'paused' | 'ended' | 'error';

/**
 * Why the Narrator stopped with an error; the UI turns each into words.
 * - `no-voices`: the browser has no voices (`NarratorState.noVoices` is true too).
 * - `not-allowed`: the browser refused to speak, usually before the first user gesture on the page.
 * - `synthesis-failed`: several utterances in a row failed or stalled, even after a voice fallback.
 * - `nothing-to-read`: the article has no sentence left to read (everything skipped, or empty).
 */
export const NARRATOR_ERROR_CODES = ['no-voices', 'not-allowed', 'synthesis-failed', 'nothing-to-read'] as const;
export type NarratorErrorCode = (typeof NARRATOR_ERROR_CODES)[number];

/** A code only: the words are the UI's (see components/i18n/narrator-words.ts). */
export interface NarratorError {
  code: NarratorErrorCode;
}

/**
 * What the Narrator tells the listener that is not an error; cleared by play or a voice choice.
 * - `voice-fallback`: a voice kept failing and another replaced it.
 * - `interrupted`: other speech (another page or tab) took over.
 * - `voices-found`: voices arrived after the listener was told there were none.
 */
export const NARRATOR_NOTICE_CODES = ['voice-fallback', 'interrupted', 'voices-found'] as const;
export type NarratorNoticeCode = (typeof NARRATOR_NOTICE_CODES)[number];

/** A code with the data its words need; a code missing from `NARRATOR_NOTICE_CODES` (so without words) fails tsc. */
type NoticeOf<C extends NarratorNoticeCode, Data = unknown> = { code: C } & Data;
export type NarratorNotice =
  | NoticeOf<'voice-fallback', { from: VoiceLike | null; to: VoiceLike }>
  | NoticeOf<'interrupted'>
  | NoticeOf<'voices-found'>;

/** The word being spoken, when the voice sends `boundary` events. */
export interface CurrentWord {
  sentence: number;
  block: number;
  /** Offset inside `Article.sentences[sentence].text` (UTF-16 code units). */
  charIndex: number;
  length: number;
}

export interface NarratorProgress {
  /** Segments finished before the current one. */
  done: number;
  total: number;
  /**
   * The current sentence's 1-based ordinal among the sentences read ("Sentence N of M"):
   * the title counts as one, skipped code blocks and captions do not. `sentences` once ended.
   */
  sentence: number;
  /** How many sentences are read, the title included. */
  sentences: number;
  /** Estimated speaking time left at the current rate, learned from the voice as it speaks. */
  secondsRemaining: number;
}

export interface NarratorState {
  status: NarratorStatus;
  /** Set exactly when `status === 'error'`. */
  error: NarratorError | null;
  /**
   * The browser has listed no voices after the Narrator's patience ran out: `error.code` is
   * `no-voices`, or, while a Play waits (`loading-voices`), it keeps looking.
   */
  noVoices: boolean;
  /** The segment being spoken, or where play/resume starts; null once the article has ended. */
  segment: SpeechSegment | null;
  /** The word being spoken; null for voices without boundary events and when not playing. */
  word: CurrentWord | null;
  progress: NarratorProgress;
  /** The voice the next utterance uses. */
  voice: VoiceLike | null;
  /** Every voice the browser offers, for a voice menu (the same array until the list changes). */
  voices: readonly VoiceLike[];
  notice: NarratorNotice | null;
  settings: Readonly<VoiceSettings>;
  options: Readonly<ReadingOptions>;
}

export type NarratorListener = (state: NarratorState) => void;
