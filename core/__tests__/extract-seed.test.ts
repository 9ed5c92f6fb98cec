import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle } from '../extract';
import type { Article } from '../model';
import { splitIntoSentences } from '../segment';
import { extractHtml, fixture } from '../../tests/support/dom';

interface Expectation {
  lang: string;
  title: string;
  caption: string;
  keep: string[];
  drop: string[];
}

const html = fixture('news/seed-article.html');
const expected = JSON.parse(fixture('news/seed-article.expect.json')) as Expectation;

function extractSeed(): Article {
  const result = extractHtml(html, 'https://news.example/politics/canada-iraq/');
  if (result.kind !== 'article') throw new Error(`expected an article, got: ${result.code}`);
  return result;
}

describe('extractArticle on the seed news page', () => {
  const article = extractSeed();
  const text = article.text.replace(/\s+/g, ' ');

  it('keeps every sentence of the story and the photo caption', () => {
    for (const paragraph of [...expected.keep, expected.caption]) {
      for (const sentence of splitIntoSentences(paragraph, 'en')) expect(text).toContain(sentence.text);
    }
  });

  it('drops every clutter line', () => {
    for (const line of expected.drop) expect(text).not.toContain(line);
    expect(text).not.toMatch(/Story continues below|READ MORE|Click to play video|Sponsored content|Copy link/);
  });

  it('reports each removal with the rule that made it', () => {
    const rules = new Set(article.removed.map((r) => r.rule));
    expect(rules).toEqual(new Set(['ad-label', 'related-promo', 'video-promo', 'sponsored']));
    // Every ad label that bare Readability lets through is one this rule reports.
    const leftByReadability = bareReadabilityText().split('Story continues below advertisement').length - 1;
    expect(leftByReadability).toBeGreaterThan(0);
    expect(article.removed.filter((r) => r.text === 'Story continues below advertisement' && r.rule === 'ad-label')).toHaveLength(leftByReadability);
    for (const removal of article.removed) expect(removal.text.length).toBeGreaterThan(0);
  });

  it('reads the metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe('Lee Berthiaume');
    expect(article.siteName).toBe('Northern Ledger News');
    expect(article.lang).toBe('en-CA');
    expect(article.dir).toBe('ltr');
    expect(article.publishedTime).toBe('2020-02-10T06:00:00-05:00');
    expect(article.url).toBe('https://news.example/politics/canada-iraq/');
  });

  it('builds blocks, sentences, counts and plain text that agree with each other', () => {
    expect(article.text.split('\n\n')).toEqual(article.blocks.map((b) => b.text));
    for (const sentence of article.sentences) {
      const block = article.blocks[sentence.block]!;
      expect(block.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    const lastBlock = article.blocks.at(-1)!;
    expect(lastBlock.firstSentence + lastBlock.sentenceCount).toBe(article.sentences.length);
    expect(article.blocks[0]!.kind).toBe('caption');
    expect(article.wordCount).toBeGreaterThan(700);
    expect(article.wordCount).toBeLessThan(900);
    expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
    // "Maj.-Gen. Peter Dawe" and "Jan. 8" do not end sentences.
    expect(article.sentences.some((s) => s.text.startsWith('Despite the circumstances, Maj.-Gen. Peter Dawe'))).toBe(true);
    expect(article.sentences.some((s) => s.text.startsWith('The Iranian missile attack was launched Jan. 8 against'))).toBe(true);
  });

  it('marks each block in the html with its index', () => {
    const page = parseHtml(`<div>${article.html}</div>`);
    const marked = [...page.document.querySelectorAll('[data-lector-block]')];
    expect(marked.map((el) => Number(el.getAttribute('data-lector-block')))).toEqual(article.blocks.map((b) => b.index));
    page.close();
  });

  it('never modifies the document it reads', () => {
    const page = parseHtml(html, 'https://news.example/politics/canada-iraq/');
    const before = page.document.documentElement.outerHTML;
    const result = extractArticle(page.document, { window: page.window });
    expect(result.kind).toBe('article');
    expect(page.document.documentElement.outerHTML).toBe(before);
    page.close();
  });
});

function bareReadabilityText(): string {
  const page = parseHtml(html, 'https://news.example/politics/canada-iraq/');
  const parsed = new Readability(page.document.cloneNode(true) as Document).parse();
  page.close();
  return parsed?.textContent ?? '';
}
