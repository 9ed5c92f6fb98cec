/**
 * The reader's words. Components get a `Translate` function (the extension's
 * `browser.i18n.getMessage`, or a table in unit tests) instead of calling
 * extension APIs themselves.
 */
import type { NarratorError, NarratorNotice } from '../../speech/index';
import type { MessageKey } from './translate';

export type Translate = (key: MessageKey, substitutions?: string[]) => string;

const ERROR_KEYS: Record<NarratorError['code'], MessageKey> = {
  'no-voices': 'readerNoVoices',
  'not-allowed': 'readerSpeechNotAllowed',
  'synthesis-failed': 'readerSpeechFailed',
  'nothing-to-read': 'readerNothingToRead',
};

export function errorMessage(t: Translate, error: NarratorError): string {
  return t(ERROR_KEYS[error.code]) || error.message;
}

export function noticeMessage(t: Translate, notice: NarratorNotice): string {
  if (notice.code === 'interrupted') return t('readerInterrupted') || notice.message;
  return t('readerVoiceFallback', [notice.from?.name ?? '', notice.to.name]) || notice.message;
}

/** "About 3 min left" / "Less than a minute left". */
export function timeLeft(t: Translate, seconds: number): string {
  return seconds < 60 ? t('readerUnderAMinuteLeft') : t('readerMinutesLeft', [String(Math.round(seconds / 60))]);
}
