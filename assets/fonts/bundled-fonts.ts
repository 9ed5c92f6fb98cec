/**
 * The font the reader bundles: Atkinson Hyperlegible, made by the Braille
 * Institute for low-vision readers, from @fontsource (SIL Open Font License,
 * copied beside the files). Serif and sans use the system's own fonts.
 *
 * The files are copied into the build as `fonts/<file>` by modules/copy-bundled-fonts.ts.
 * Pages cannot load them (there is no web_accessible_resources entry): the
 * reader asks the background for their bytes (see entrypoints/background/font-requests.ts and entrypoints/reader.content/bundled-font-faces.ts).
 */
export interface BundledFace {
  file: string;
  weight: '400' | '700';
  style: 'normal' | 'italic';
}

export const BUNDLED_FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';

/** Latin only: it covers English, French, Spanish and German; other scripts fall back to the system sans. */
export const ATKINSON_FACES: readonly BundledFace[] = [
  { file: 'atkinson-hyperlegible-latin-400-normal.woff2', weight: '400', style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-700-normal.woff2', weight: '700', style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-400-italic.woff2', weight: '400', style: 'italic' },
  { file: 'atkinson-hyperlegible-latin-700-italic.woff2', weight: '700', style: 'italic' },
];

/** Where the files are in the built extension. */
export const BUNDLED_FONT_DIR = 'fonts';

export function isBundledFontFile(file: unknown): file is string {
  return typeof file === 'string' && ATKINSON_FACES.some((face) => face.file === file);
}
