/** The reader's strings in the browser's UI language (public/_locales). */
import { browser } from 'wxt/browser';
import type { Translate } from '@/components/i18n/messages';

export const readerTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** Language and direction of the browser's UI, for the reader's own controls. */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  const dir = browser.i18n.getMessage('@@bidi_dir' as Parameters<typeof browser.i18n.getMessage>[0]) === 'rtl' ? 'rtl' : 'ltr';
  return { lang: browser.i18n.getUILanguage(), dir };
}
