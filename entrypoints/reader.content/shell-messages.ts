/** The shell's strings in the browser's UI language (public/_locales). */
import { browser } from 'wxt/browser';
import type { ShellMessages } from '@/components/ReaderShell';

export function shellMessages(): ShellMessages {
  const t = browser.i18n.getMessage;
  return {
    close: t('readerClose'),
    noArticleTitle: t('readerNoArticleTitle'),
    readingTime: (minutes) => t('readerReadingTime', [String(Math.max(1, Math.round(minutes)))]),
    openedStatus: (title) => t('readerOpenedStatus', [title]),
  };
}
