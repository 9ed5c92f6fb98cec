/**
 * Lector's speech engine. The overlay creates one Narrator per article:
 *
 *   const backend = browserSpeechBackend();
 *   if (backend) {
 *     const narrator = createNarrator({ ...backend, article, voicePreferences });
 *     const stop = narrator.subscribe((state) => (narratorState.value = state));
 *     narrator.play();
 *   }
 *
 * Call `narrator.dispose()` when the reader closes.
 */
export { createNarrator, Narrator, type NarratorConfig } from './narrator';
export type { NavigationUnit } from './navigation';
export { buildSpeechSegments, DEFAULT_READING_OPTIONS, type ReadingOptions, type SpeechSegment } from './speech-segments';
export {
  NARRATOR_ERROR_CODES,
  NARRATOR_NOTICE_CODES,
  type CurrentWord,
  type NarratorError,
  type NarratorErrorCode,
  type NarratorListener,
  type NarratorNotice,
  type NarratorNoticeCode,
  type NarratorProgress,
  type NarratorState,
  type NarratorStatus,
} from './state';
export {
  browserSpeechBackend,
  type SpeechBackend,
  type SpeechErrorEventLike,
  type SpeechEventLike,
  type SpeechGlobals,
  type SpeechSynthesizer,
  type SpeechUtteranceLike,
  type UtteranceFactory,
  type VoiceLike,
} from './synthesizer';
export { DEFAULT_TIMING, type NarratorTiming } from './timing';
export { DEFAULT_VOICE_SETTINGS, type VoiceSettings } from './voice-settings';
export { chooseVoice, languageKey, type VoicePreferences } from './voices';
