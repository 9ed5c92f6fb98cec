/** The words for each theme, font and highlight choice, shared by the reader's display panel and the options page. */
import type { FontFamily, HighlightMode, Theme } from '../../settings/reader-preferences';
import type { MessageKey } from '../i18n/translate';

export const THEME_LABELS: Record<Theme, MessageKey> = {
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

export const FONT_LABELS: Record<FontFamily, MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  atkinson: 'fontAtkinson',
};

export const HIGHLIGHT_LABELS: Record<HighlightMode, MessageKey> = {
  sentence: 'readerHighlightSentence',
  word: 'readerHighlightWord',
  none: 'readerHighlightNone',
};
