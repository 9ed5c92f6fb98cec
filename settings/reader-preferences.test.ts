import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clampToRange,
  DEFAULT_PREFERENCES,
  FONT_SIZE,
  LINE_HEIGHT,
  loadReaderPreferences,
  normalizePreferences,
  RATE,
  rateItem,
  themeItem,
} from './reader-preferences';

beforeEach(() => fakeBrowser.reset());

describe('clampToRange', () => {
  it('keeps values inside the range, rounded to the step', () => {
    expect(clampToRange(21, FONT_SIZE)).toBe(21);
    expect(clampToRange(1.649, LINE_HEIGHT)).toBe(1.6);
    expect(clampToRange(1.75, RATE)).toBe(1.8);
    expect(clampToRange('30', FONT_SIZE)).toBe(30);
  });

  it('clamps out-of-range values to the nearest end', () => {
    expect(clampToRange(3, FONT_SIZE)).toBe(14);
    expect(clampToRange(400, FONT_SIZE)).toBe(48);
    expect(clampToRange(10, RATE)).toBe(10);
    expect(clampToRange(8, RATE)).toBe(8);
    expect(clampToRange(25, RATE)).toBe(10);
    expect(clampToRange(0.1, RATE)).toBe(0.5);
  });

  it('falls back on anything that is not a finite number', () => {
    for (const bad of [undefined, null, NaN, Infinity, 'big', '', {}, [], true]) {
      expect(clampToRange(bad, FONT_SIZE)).toBe(FONT_SIZE.fallback);
    }
  });
});

describe('normalizePreferences', () => {
  it('turns garbage from sync storage into the defaults, field by field', () => {
    expect(
      normalizePreferences({
        theme: 'neon',
        fontFamily: 42,
        fontSize: 'huge',
        lineHeight: null,
        contentWidth: -5,
        rate: {},
        readCaptions: 'no',
        voicesByLanguage: ['en', 'x'],
      }),
    ).toEqual({ ...DEFAULT_PREFERENCES, contentWidth: 40 });
    expect(DEFAULT_PREFERENCES.readCaptions).toBe(true);
    expect(normalizePreferences({ readCaptions: false }).readCaptions).toBe(false);
  });

  it('keeps valid values and cleans the voice map', () => {
    const prefs = normalizePreferences({
      theme: 'contrast',
      fontFamily: 'atkinson',
      fontSize: 32,
      voicesByLanguage: { EN: 'voice-a', ' fr ': 'voice-b', de: '', es: 7 },
    });
    expect(prefs.theme).toBe('contrast');
    expect(prefs.fontFamily).toBe('atkinson');
    expect(prefs.fontSize).toBe(32);
    expect(prefs.voicesByLanguage).toEqual({ en: 'voice-a', fr: 'voice-b' });
  });
});

describe('loadReaderPreferences (WXT storage items)', () => {
  it('reads the fallbacks from empty storage', async () => {
    expect(await loadReaderPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('reads what the options page saved, and repairs what it did not', async () => {
    await themeItem.setValue('sepia');
    await rateItem.setValue(1.5);
    await fakeBrowser.storage.sync.set({ fontSize: 'x-large' });
    const prefs = await loadReaderPreferences();
    expect(prefs.theme).toBe('sepia');
    expect(prefs.rate).toBe(1.5);
    expect(prefs.fontSize).toBe(FONT_SIZE.fallback);
    expect(await fakeBrowser.storage.sync.get('theme')).toEqual({ theme: 'sepia' });
  });

  it('keeps a stored speed up to 10× and clamps a larger one there', async () => {
    await rateItem.setValue(8);
    expect((await loadReaderPreferences()).rate).toBe(8);
    await fakeBrowser.storage.sync.set({ rate: 40 });
    expect((await loadReaderPreferences()).rate).toBe(10);
  });
});
