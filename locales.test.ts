import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, 'public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));
const english = read('en');
const placeholdersIn = (message: string) =>
  [...message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('UI strings', () => {
  it('exist in English, French, Spanish and German', () => {
    expect(readdirSync(localesDir).sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  describe.each(['en', 'fr', 'es', 'de'])('%s', (lang) => {
    const messages = read(lang);

    it('has exactly the English keys, none empty', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
    });

    it('uses exactly the placeholders each message declares', () => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(placeholdersIn(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(
          Object.keys(english[key]?.placeholders ?? {}).sort(),
        );
      }
    });

    it('fits the stores: name ≤ 75 and description ≤ 132 characters', () => {
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    });
  });
});
