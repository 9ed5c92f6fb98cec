/**
 * The reader's words. Components get a `Translate` function (the extension's
 * `browser.i18n.getMessage`, or a table in unit tests) instead of calling
 * extension APIs themselves.
 */
import type { MessageKey } from './translate';

export type Translate = (key: MessageKey, substitutions?: string[]) => string;

/** "About 3 min left" / "Less than a minute left". */
export function timeLeft(t: Translate, seconds: number): string {
  return seconds < 60 ? t('readerUnderAMinuteLeft') : t('readerMinutesLeft', [String(Math.round(seconds / 60))]);
}
