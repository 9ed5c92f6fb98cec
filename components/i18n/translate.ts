/**
 * UI strings in the browser's UI language, from public/_locales: the extension
 * pages (options, welcome, popup) call `t` directly, the reader gets it as its
 * `Translate` (see messages.ts) so unit tests can pass a table instead.
 */
import { browser } from 'wxt/browser';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** Language and direction of the browser's UI (the article in the reader has its own). */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  const dir = t('@@bidi_dir' as MessageKey) === 'rtl' ? 'rtl' : 'ltr';
  return { lang: browser.i18n.getUILanguage(), dir };
}

/** Sets the document's language, direction and title from the browser's UI locale. */
export function localizeDocument(titleKey: MessageKey): void {
  const { lang, dir } = uiLocale();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t(titleKey);
}
