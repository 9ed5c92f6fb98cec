import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NARRATOR_ERROR_CODES, NARRATOR_NOTICE_CODES, type VoiceLike } from '../../speech/index';
import { english } from '../../tests/support/components/english';
import {
  errorMessage,
  NARRATOR_ERROR_KEYS,
  NARRATOR_NOTICE_KEYS,
  noticeMessage,
  UNNAMED_VOICE_FALLBACK_KEY,
} from './narrator-words';

const localesDir = join(import.meta.dirname, '../../public/_locales');
type Messages = Record<string, { message: string } | undefined>;
const read = (lang: string): Messages => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));
const voice = (name: string): VoiceLike => ({ voiceURI: name, name, lang: 'en-US', localService: true, default: false });

describe('the Narrator in words', () => {
  describe.each(['en', 'fr', 'es', 'de'])('%s', (lang) => {
    const messages = read(lang);
    const said = (key: string) => messages[key]?.message.trim() ?? '';

    it.each(NARRATOR_ERROR_CODES)('has words for the error %s', (code) => {
      expect(said(NARRATOR_ERROR_KEYS[code])).not.toBe('');
    });

    it.each(NARRATOR_NOTICE_CODES)('has words for the notice %s', (code) => {
      expect(said(NARRATOR_NOTICE_KEYS[code])).not.toBe('');
    });

    it('has words for a fallback from an unnamed voice', () => {
      expect(said(UNNAMED_VOICE_FALLBACK_KEY)).not.toBe('');
    });
  });

  it('maps every code, and nothing else', () => {
    expect(Object.keys(NARRATOR_ERROR_KEYS).sort()).toEqual([...NARRATOR_ERROR_CODES].sort());
    expect(Object.keys(NARRATOR_NOTICE_KEYS).sort()).toEqual([...NARRATOR_NOTICE_CODES].sort());
  });

  it('fills in the voices a notice names', () => {
    expect(errorMessage(english, { code: 'nothing-to-read' })).toBe('There is no text to read aloud in this article.');
    expect(noticeMessage(english, { code: 'interrupted' })).toBe('Reading was interrupted by other speech. Press Play to continue.');
    expect(noticeMessage(english, { code: 'voice-fallback', from: voice('Network'), to: voice('Local') })).toBe(
      '“Network” stopped responding; reading with “Local” instead.',
    );
    expect(noticeMessage(english, { code: 'voice-fallback', from: null, to: voice('Local') })).toBe(
      'The voice stopped responding; reading with “Local” instead.',
    );
  });
});
