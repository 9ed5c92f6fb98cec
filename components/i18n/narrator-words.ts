/**
 * The Narrator's codes in the listener's words: the engine (speech/) only says
 * what happened; this is the one place that says it in en/fr/es/de.
 */
import type { NarratorError, NarratorErrorCode, NarratorNotice, NarratorNoticeCode } from '../../speech/index';
import type { Translate } from './messages';
import type { MessageKey } from './translate';

export const NARRATOR_ERROR_KEYS: Readonly<Record<NarratorErrorCode, MessageKey>> = {
  'no-voices': 'readerNoVoices',
  'not-allowed': 'readerSpeechNotAllowed',
  'synthesis-failed': 'readerSpeechFailed',
  'nothing-to-read': 'readerNothingToRead',
};

export const NARRATOR_NOTICE_KEYS: Readonly<Record<NarratorNoticeCode, MessageKey>> = {
  'voice-fallback': 'readerVoiceFallback',
  interrupted: 'readerInterrupted',
  'voices-found': 'readerVoicesFound',
};

/** For a fallback from a voice that was never named (the browser gave none to start with). */
export const UNNAMED_VOICE_FALLBACK_KEY: MessageKey = 'readerVoiceFallbackUnnamed';

export function errorMessage(t: Translate, error: NarratorError): string {
  return t(NARRATOR_ERROR_KEYS[error.code]);
}

export function noticeMessage(t: Translate, notice: NarratorNotice): string {
  if (notice.code !== 'voice-fallback') return t(NARRATOR_NOTICE_KEYS[notice.code]);
  if (!notice.from) return t(UNNAMED_VOICE_FALLBACK_KEY, [notice.to.name]);
  return t(NARRATOR_NOTICE_KEYS['voice-fallback'], [notice.from.name, notice.to.name]);
}
