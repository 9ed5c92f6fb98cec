/**
 * The reader's side of the settings: loads them at open, saves what the user
 * changes in the reader (debounced: a slider sends dozens of values, and sync
 * storage allows about two writes a second), and follows changes made on the
 * options page while the reader is open.
 */
import {
  CONTENT_WIDTH,
  DEFAULT_PREFERENCES,
  FONT_SIZE,
  LETTER_SPACING,
  LINE_HEIGHT,
  RATE,
  WORD_SPACING,
  clampToRange,
  contentWidthItem,
  fontFamilyItem,
  fontSizeItem,
  highlightItem,
  letterSpacingItem,
  lineHeightItem,
  loadReaderPreferences,
  loadSpacingPreferences,
  normalizeHighlight,
  normalizePreferences,
  rateItem,
  themeItem,
  voicesByLanguageItem,
  wordSpacingItem,
  type HighlightMode,
  type ReaderPreferences,
  type SpacingPreferences,
  type VoicesByLanguage,
} from './reader-preferences';

/** The reader's look as stored; the shell's ShellAppearance is built from the same settings types. */
export type SavedAppearance = Pick<ReaderPreferences, 'theme' | 'fontFamily' | 'fontSize' | 'lineHeight' | 'contentWidth'> &
  SpacingPreferences & { highlight: HighlightMode };

export interface LoadedPreferences {
  appearance: SavedAppearance;
  rate: number;
  readCaptions: boolean;
  voicesByLanguage: VoicesByLanguage;
}

export async function loadPreferences(): Promise<LoadedPreferences> {
  const [preferences, spacing, highlight] = await Promise.all([
    loadReaderPreferences().catch((): ReaderPreferences => DEFAULT_PREFERENCES),
    loadSpacingPreferences().catch(() => ({ letterSpacing: LETTER_SPACING.fallback, wordSpacing: WORD_SPACING.fallback })),
    highlightItem.getValue().then(normalizeHighlight, () => normalizeHighlight(null)),
  ]);
  const { theme, fontFamily, fontSize, lineHeight, contentWidth, rate, readCaptions, voicesByLanguage } = preferences;
  const appearance = { theme, fontFamily, fontSize, lineHeight, contentWidth, ...spacing, highlight };
  return { appearance, rate, readCaptions, voicesByLanguage };
}

type AppearanceKey = keyof SavedAppearance;

interface Item<T> {
  setValue(value: T): Promise<void>;
  watch(callback: (value: T | null) => void): () => void;
}

const APPEARANCE_ITEMS: { [K in AppearanceKey]: Item<SavedAppearance[K]> } = {
  theme: themeItem,
  fontFamily: fontFamilyItem,
  fontSize: fontSizeItem,
  lineHeight: lineHeightItem,
  contentWidth: contentWidthItem,
  letterSpacing: letterSpacingItem,
  wordSpacing: wordSpacingItem,
  highlight: highlightItem,
};

/** Values from another device or the options page are clamped before use, as at load. */
function normalizeAppearanceValue(key: AppearanceKey, value: unknown): string | number {
  switch (key) {
    case 'theme':
      return normalizePreferences({ theme: value }).theme;
    case 'fontFamily':
      return normalizePreferences({ fontFamily: value }).fontFamily;
    case 'highlight':
      return normalizeHighlight(value);
    default:
      return clampToRange(value, RANGES[key]);
  }
}

const RANGES = { fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT, contentWidth: CONTENT_WIDTH, letterSpacing: LETTER_SPACING, wordSpacing: WORD_SPACING };

export interface PreferenceSaver {
  saveAppearance(appearance: Partial<SavedAppearance>): void;
  saveRate(rate: number): void;
  saveVoice(voicesByLanguage: VoicesByLanguage): void;
  /** Writes what is pending now (the reader is closing). */
  flush(): void;
  /** Calls `onChange` with settings changed elsewhere; returns the unwatch function. */
  watchAppearance(onChange: (changes: Partial<SavedAppearance>) => void): () => void;
}

const SAVE_DELAY_MS = 400;

export function createPreferenceSaver(initial: LoadedPreferences): PreferenceSaver {
  const saved: Partial<Record<AppearanceKey | 'rate', unknown>> = { ...initial.appearance, rate: initial.rate };
  const pending = new Map<string, () => Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const write of pending.values()) void write().catch(() => undefined);
    pending.clear();
  };
  const schedule = (key: string, write: () => Promise<void>) => {
    pending.set(key, write);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  };
  return {
    saveAppearance(appearance) {
      for (const key of Object.keys(APPEARANCE_ITEMS) as AppearanceKey[]) {
        const value = appearance[key];
        if (value === undefined || saved[key] === value) continue;
        saved[key] = value;
        const item = APPEARANCE_ITEMS[key] as Item<typeof value>;
        schedule(key, () => item.setValue(value));
      }
    },
    saveRate(rate) {
      const value = clampToRange(rate, RATE);
      if (saved.rate === value) return;
      saved.rate = value;
      schedule('rate', () => rateItem.setValue(value));
    },
    saveVoice(voicesByLanguage) {
      schedule('voicesByLanguage', () => voicesByLanguageItem.setValue(voicesByLanguage));
    },
    flush,
    watchAppearance(onChange) {
      const stops = (Object.keys(APPEARANCE_ITEMS) as AppearanceKey[]).map((key) =>
        APPEARANCE_ITEMS[key].watch((raw) => {
          const value = normalizeAppearanceValue(key, raw);
          // Our own write coming back (possibly after a newer local change) is not news.
          if (saved[key] === value || pending.has(key)) return;
          saved[key] = value;
          onChange({ [key]: value });
        }),
      );
      return () => stops.forEach((stop) => stop());
    },
  };
}
