import { describe, expect, it } from 'vitest';
import { chooseFallbackVoice, chooseVoice, languageKey, normalizeLanguageTag } from './voices';
import { fakeVoice } from '../tests/support/speech/fake-synthesizer';

const afrikaansDefault = fakeVoice('Afrikaans', 'af', {}, { default: true });
const googleUs = fakeVoice('Google US English', 'en-US', {}, { localService: false });
const localUs = fakeVoice('English (America)', 'en_US');
const localGb = fakeVoice('English (Great Britain)', 'en-GB');
const googleGb = fakeVoice('Google UK English', 'en-GB', {}, { localService: false });
const french = fakeVoice('French', 'fr-FR');
const voices = [afrikaansDefault, googleUs, localUs, googleGb, localGb, french];

describe('voice choice', () => {
  it('normalizes language tags and keys choices by primary language', () => {
    expect(normalizeLanguageTag(' en_GB ')).toBe('en-gb');
    expect(languageKey('en-GB')).toBe('en');
    expect(languageKey('EN_us')).toBe('en');
    expect(languageKey(null)).toBe('und');
  });

  it('prefers the exact language tag, then local voices, ignoring a default in another language', () => {
    expect(chooseVoice(voices, 'en-GB')).toBe(localGb);
    expect(chooseVoice(voices, 'en-us')).toBe(localUs);
    expect(chooseVoice(voices, 'fr')).toBe(french);
  });

  it('prefers the system default voice among voices of the language', () => {
    const usDefault = fakeVoice('Default US', 'en-US', {}, { default: true, localService: false });
    expect(chooseVoice([localUs, usDefault], 'en')).toBe(usDefault);
  });

  it('honours a remembered voice when it still exists', () => {
    expect(chooseVoice(voices, 'en-GB', googleUs.voiceURI)).toBe(googleUs);
    expect(chooseVoice(voices, 'en-GB', 'fake:gone')).toBe(localGb);
  });

  it('falls back to the default, then the first voice, and is null without voices', () => {
    expect(chooseVoice(voices, 'ja')).toBe(afrikaansDefault);
    expect(chooseVoice(voices, null)).toBe(afrikaansDefault);
    expect(chooseVoice([french], 'ja')).toBe(french);
    expect(chooseVoice([], 'en')).toBeNull();
  });

  it('falls back only to local voices that have not failed', () => {
    expect(chooseFallbackVoice(voices, 'en-GB', new Set([googleGb.voiceURI]))).toBe(localGb);
    expect(chooseFallbackVoice(voices, 'en-GB', new Set([localGb.voiceURI]))).toBe(localUs);
    expect(chooseFallbackVoice([googleUs, googleGb], 'en', new Set())).toBeNull();
    expect(chooseFallbackVoice([googleUs, afrikaansDefault], 'en', new Set())).toBe(afrikaansDefault);
  });
});
