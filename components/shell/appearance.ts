/**
 * Reader preferences as CSS: the shell and the options preview share these
 * stacks so what the user picks is what the reader shows.
 */
import type { FontFamily, ReaderPreferences, SpacingPreferences } from '../../settings/reader-preferences';

const SANS_STACK = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** The family name the reader registers its bundled Atkinson Hyperlegible under (see reader-fonts.ts). */
export const BUNDLED_ATKINSON = 'Lector Atkinson Hyperlegible';

export const FONT_STACKS: Record<FontFamily, string> = {
  serif: "'Iowan Old Style', Charter, Georgia, 'Noto Serif', 'DejaVu Serif', 'Times New Roman', serif",
  sans: SANS_STACK,
  atkinson: `'${BUNDLED_ATKINSON}', 'Atkinson Hyperlegible', ${SANS_STACK}`,
};

export type ShellAppearance = Pick<
  ReaderPreferences,
  'theme' | 'fontFamily' | 'fontSize' | 'lineHeight' | 'contentWidth'
> &
  Partial<SpacingPreferences>;

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
