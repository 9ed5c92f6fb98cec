/** Reader preferences as CSS custom properties, for the reader's dialog. */
import type { HighlightMode, ReaderPreferences, SpacingPreferences } from '../../settings/reader-preferences';
import { FONT_STACKS } from './font-stacks';

export type ShellAppearance = Pick<
  ReaderPreferences,
  'theme' | 'fontFamily' | 'fontSize' | 'lineHeight' | 'contentWidth'
> &
  Partial<SpacingPreferences> & {
    /** What is highlighted while reading; absent means the default, sentence and word. */
    highlight?: HighlightMode;
  };

/** Custom properties read by the reader's CSS; the theme itself is a `data-theme` attribute. */
export function appearanceStyle(appearance: ShellAppearance): Record<string, string> {
  return {
    '--lector-font': FONT_STACKS[appearance.fontFamily],
    '--lector-font-size': `${appearance.fontSize}px`,
    '--lector-line-height': String(appearance.lineHeight),
    '--lector-measure': `${appearance.contentWidth}ch`,
    '--lector-letter-spacing': `${appearance.letterSpacing ?? 0}em`,
    '--lector-word-spacing': `${appearance.wordSpacing ?? 0}em`,
  };
}
