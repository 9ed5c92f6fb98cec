/**
 * The hand-checked boundary sets (sentence-boundaries.txt, tuned on, and
 * sentence-boundaries-heldout.txt, written afterwards): Lector must miss or
 * invent fewer than 1% of sentence starts, where bare Intl.Segmenter gets about
 * a quarter wrong on the same text.
 */
import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../segment';
import { bareSegmenter, loadBoundaryCases, scoreBoundaries } from './sentence-boundary-cases';

const cases = loadBoundaryCases();

describe('the sentence-boundary set', () => {
  it('holds at least 300 sentences, at least 60 in each of en, fr, es and de', () => {
    const perLanguage = new Map<string, number>();
    for (const { lang, sentences } of cases) perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + sentences.length);
    expect([...perLanguage.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(300);
    for (const lang of ['en', 'fr', 'es', 'de']) expect(perLanguage.get(lang) ?? 0).toBeGreaterThanOrEqual(60);
  });

  it('has no empty sentence and no stray separator', () => {
    for (const { sentences } of cases) for (const sentence of sentences) expect(sentence).toMatch(/^\S(?:.*\S)?$/u);
  });
});

describe('sentence boundaries on the set', () => {
  it('are wrong for under 1% of sentences with Lector', () => {
    const score = scoreBoundaries(cases, splitIntoSentences);
    expect(score.errorRate, JSON.stringify(score.wrong, null, 1)).toBeLessThan(0.01);
  });

  it('are wrong for under 1% of sentences on the held-out set (en, fr, es, de, it, pt, nl)', () => {
    const score = scoreBoundaries(loadBoundaryCases('sentence-boundaries-heldout'), splitIntoSentences);
    expect(score.sentences).toBeGreaterThanOrEqual(150);
    expect(score.errorRate, JSON.stringify(score.wrong, null, 1)).toBeLessThan(0.01);
  });

  it('are what bare Intl.Segmenter gets wrong: the set tests the cases ICU misses', () => {
    const bare = scoreBoundaries(cases, bareSegmenter);
    expect(bare.invented).toBeGreaterThan(50);
  });

  it.each(['en', 'fr', 'es', 'de'])('keep every span a slice of the block text (%s)', (lang) => {
    for (const { text } of cases.filter((c) => c.lang === lang)) {
      for (const span of splitIntoSentences(text, lang)) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
