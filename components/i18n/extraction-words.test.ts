import { IMAGE_WITHOUT_SOURCE } from '../../core/image-alternatives';
import { MEDIA_FALLBACK } from '../../core/media-fallback';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../cli/english-messages';
import { clutterRules } from '../../core/declutter/index';
import { NO_ARTICLE_CODES, type NoArticle } from '../../core/model';
import { WIDGET_HEADING } from '../../core/outline';
import { NO_ARTICLE_KEYS, noArticleReason, REMOVAL_REASON_KEYS, removalReason } from './extraction-words';

const LANGUAGES = ['en', 'fr', 'es', 'de'];
const localesDir = join(import.meta.dirname, '../../public/_locales');
const messagesOf = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));

// The tables are typed by the engine's names; these check what tsc cannot: that the words exist in every language.
describe.each(LANGUAGES)('extraction words in %s', (lang) => {
  const messages = messagesOf(lang);
  const hasWords = (key: string) => (messages[key]?.message ?? '').trim() !== '';

  it.each([...clutterRules.map((rule) => rule.name), WIDGET_HEADING])('has a removal reason for %s', (name) => {
    const key = (REMOVAL_REASON_KEYS as Record<string, string>)[name];
    expect(key, name).toBeDefined();
    expect(hasWords(key!), `${name} → ${key}`).toBe(true);
  });

  it.each([...NO_ARTICLE_CODES])('has words for the no-article code %s', (code) => {
    expect(hasWords(NO_ARTICLE_KEYS[code]), `${code} → ${NO_ARTICLE_KEYS[code]}`).toBe(true);
  });
});

describe('extraction words', () => {
  it('names no rule that does not exist', () => {
    expect(Object.keys(REMOVAL_REASON_KEYS).sort()).toEqual([...clutterRules.map((rule) => rule.name), WIDGET_HEADING, IMAGE_WITHOUT_SOURCE, MEDIA_FALLBACK].sort());
  });

  it('gives every rule its own reason, never the raw name', () => {
    for (const rule of clutterRules) expect(removalReason(englishMessages, rule.name)).not.toContain(rule.name);
    expect(removalReason(englishMessages, 'teaser-list')).toBe('A list of teasers for other stories: kicker, headline and summary.');
  });

  it('puts the data of a code into its words', () => {
    const tooShort: NoArticle = { kind: 'no-article', code: 'too-short', wordCount: 12 };
    expect(noArticleReason(englishMessages, tooShort)).toBe(
      'Lector found only 12 words that look like an article on this page. Select the text you want read and try again.',
    );
    expect(noArticleReason(englishMessages, { kind: 'no-article', code: 'error', detail: 'boom' })).toBe('Lector could not read this page (boom).');
  });
});
