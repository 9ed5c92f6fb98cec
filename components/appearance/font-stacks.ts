/**
 * Font stacks for the reader's font choices: the shell and the options preview
 * share them so what the user picks is what the reader shows.
 */
import type { FontFamily } from '../../settings/reader-preferences';

const SANS_STACK = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** The family name the reader registers its bundled Atkinson Hyperlegible under (see entrypoints/reader.content). */
export const BUNDLED_ATKINSON = 'Lector Atkinson Hyperlegible';

export const FONT_STACKS: Record<FontFamily, string> = {
  serif: "'Iowan Old Style', Charter, Georgia, 'Noto Serif', 'DejaVu Serif', 'Times New Roman', serif",
  sans: SANS_STACK,
  atkinson: `'${BUNDLED_ATKINSON}', 'Atkinson Hyperlegible', ${SANS_STACK}`,
};
