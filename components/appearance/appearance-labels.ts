/** The words for each theme and font choice, shared by the reader's display panel and the options page. */
import type { FontFamily, Theme } from '../../settings/reader-preferences';
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
