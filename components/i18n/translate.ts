/** UI strings for extension pages (options, welcome, popup), from public/_locales. */
import { browser } from 'wxt/browser';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** Sets the document's language, direction and title from the browser's UI locale. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = t('@@bidi_dir' as MessageKey) === 'rtl' ? 'rtl' : 'ltr';
  document.title = t(titleKey);
}
