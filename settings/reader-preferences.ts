/**
 * The reader's preferences: one typed, versioned storage item each, synced
 * across the user's browsers. Values from sync storage are never trusted as-is
 * (another device may run an older or newer Lector): read them through
 * `loadReaderPreferences`, which clamps and falls back.
 */
import { defineItem, getValues } from './storage-item';

export const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_FAMILIES = ['serif', 'sans', 'atkinson'] as const;

/**
 * What is highlighted while reading: the sentence; the sentence and the word
 * being spoken (only with voices that say where words are: no guessed word
 * highlight); or nothing (some readers find moving highlights distracting).
 */
export const HIGHLIGHT_MODES = ['sentence', 'word', 'none'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface NumericRange {
  min: number;
  max: number;
  step: number;
  fallback: number;
}

/** CSS pixels. */
export const FONT_SIZE: NumericRange = { min: 14, max: 48, step: 1, fallback: 20 };
/** Unitless line-height multiplier. */
export const LINE_HEIGHT: NumericRange = { min: 1.2, max: 2.4, step: 0.1, fallback: 1.6 };
/** Measure of the text column in `ch`. */
export const CONTENT_WIDTH: NumericRange = { min: 40, max: 100, step: 2, fallback: 68 };
/** SpeechSynthesisUtterance.rate: the Web Speech API allows 0.1–10; screen-reader users listen at 3–5× and faster. */
export const RATE: NumericRange = { min: 0.5, max: 10, step: 0.1, fallback: 1 };
/** The speed slider's top (the common range); a number field beside it reaches `RATE.max`. */
export const RATE_SLIDER_MAX = 4;

/** Language tag (lower case, e.g. `en` or `pt-br`) → SpeechSynthesisVoice.voiceURI. */
export type VoicesByLanguage = Record<string, string>;

export const themeItem = defineItem<Theme>('sync:theme', { fallback: 'light', version: 1 });
export const fontFamilyItem = defineItem<FontFamily>('sync:fontFamily', {
  fallback: 'serif',
  version: 1,
});
export const fontSizeItem = defineItem<number>('sync:fontSize', {
  fallback: FONT_SIZE.fallback,
  version: 1,
});
export const lineHeightItem = defineItem<number>('sync:lineHeight', {
  fallback: LINE_HEIGHT.fallback,
  version: 1,
});
export const contentWidthItem = defineItem<number>('sync:contentWidth', {
  fallback: CONTENT_WIDTH.fallback,
  version: 1,
});
export const highlightItem = defineItem<HighlightMode>('sync:highlight', { fallback: 'word', version: 1 });
export function normalizeHighlight(value: unknown): HighlightMode {
  return HIGHLIGHT_MODES.find((mode) => mode === value) ?? 'word';
}
export const rateItem = defineItem<number>('sync:rate', { fallback: RATE.fallback, version: 1 });
/** Read figure captions aloud: for a listener who cannot see the picture they are its only description. */
export const readCaptionsItem = defineItem<boolean>('sync:readCaptions', { fallback: true, version: 1 });
export const voicesByLanguageItem = defineItem<VoicesByLanguage>('sync:voicesByLanguage', {
  fallback: {},
  version: 1,
});

export interface ReaderPreferences {
  theme: Theme;
  fontFamily: FontFamily;
  fontSize: number;
  lineHeight: number;
  contentWidth: number;
  rate: number;
  readCaptions: boolean;
  voicesByLanguage: VoicesByLanguage;
}

export const DEFAULT_PREFERENCES: ReaderPreferences = {
  theme: 'light',
  fontFamily: 'serif',
  fontSize: FONT_SIZE.fallback,
  lineHeight: LINE_HEIGHT.fallback,
  contentWidth: CONTENT_WIDTH.fallback,
  rate: RATE.fallback,
  readCaptions: true,
  voicesByLanguage: {},
};

/** A number inside `range`, rounded to its step; anything else gives the fallback. */
export function clampToRange(value: unknown, range: NumericRange): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return range.fallback;
  const clamped = Math.min(range.max, Math.max(range.min, number));
  const steps = Math.round((clamped - range.min) / range.step);
  // Round away binary noise (0.1 steps) so stored values read back as typed.
  return Number((range.min + steps * range.step).toFixed(4));
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** Keeps only string → non-empty string pairs, keys lower-cased. */
export function normalizeVoicesByLanguage(value: unknown): VoicesByLanguage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const voices: VoicesByLanguage = {};
  for (const [lang, voiceURI] of Object.entries(value)) {
    if (typeof voiceURI === 'string' && voiceURI !== '' && lang.trim() !== '') {
      voices[lang.trim().toLowerCase()] = voiceURI;
    }
  }
  return voices;
}

export function normalizePreferences(raw: { [K in keyof ReaderPreferences]?: unknown }): ReaderPreferences {
  return {
    theme: oneOf(THEMES, raw.theme, DEFAULT_PREFERENCES.theme),
    fontFamily: oneOf(FONT_FAMILIES, raw.fontFamily, DEFAULT_PREFERENCES.fontFamily),
    fontSize: clampToRange(raw.fontSize, FONT_SIZE),
    lineHeight: clampToRange(raw.lineHeight, LINE_HEIGHT),
    contentWidth: clampToRange(raw.contentWidth, CONTENT_WIDTH),
    rate: clampToRange(raw.rate, RATE),
    readCaptions: typeof raw.readCaptions === 'boolean' ? raw.readCaptions : DEFAULT_PREFERENCES.readCaptions,
    voicesByLanguage: normalizeVoicesByLanguage(raw.voicesByLanguage),
  };
}

export async function loadReaderPreferences(): Promise<ReaderPreferences> {
  const [theme, fontFamily, fontSize, lineHeight, contentWidth, rate, readCaptions, voicesByLanguage] =
    await getValues([
      themeItem,
      fontFamilyItem,
      fontSizeItem,
      lineHeightItem,
      contentWidthItem,
      rateItem,
      readCaptionsItem,
      voicesByLanguageItem,
    ]);
  return normalizePreferences({ theme, fontFamily, fontSize, lineHeight, contentWidth, rate, readCaptions, voicesByLanguage });
}

/**
 * Letter and word spacing, in `em`. Kept apart from `ReaderPreferences` so the
 * options page, which lists those fields one by one, is not forced to change
 * with them; the reader loads both.
 */
export const LETTER_SPACING: NumericRange = { min: 0, max: 0.2, step: 0.01, fallback: 0 };
export const WORD_SPACING: NumericRange = { min: 0, max: 0.5, step: 0.02, fallback: 0 };

export interface SpacingPreferences {
  letterSpacing: number;
  wordSpacing: number;
}

export const letterSpacingItem = defineItem<number>('sync:letterSpacing', {
  fallback: LETTER_SPACING.fallback,
  version: 1,
});
export const wordSpacingItem = defineItem<number>('sync:wordSpacing', {
  fallback: WORD_SPACING.fallback,
  version: 1,
});

export function normalizeSpacing(raw: { [K in keyof SpacingPreferences]?: unknown }): SpacingPreferences {
  return {
    letterSpacing: clampToRange(raw.letterSpacing, LETTER_SPACING),
    wordSpacing: clampToRange(raw.wordSpacing, WORD_SPACING),
  };
}

export async function loadSpacingPreferences(): Promise<SpacingPreferences> {
  const [letterSpacing, wordSpacing] = await getValues([letterSpacingItem, wordSpacingItem]);
  return normalizeSpacing({ letterSpacing, wordSpacing });
}
