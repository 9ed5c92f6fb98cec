/**
 * Acceptance tests for the multi-language clutter issue: pages written in the
 * styles of eight kinds of site (wire copy, a magazine, a blog, local news,
 * French, Spanish and German news, and a page with no class names at all).
 * Each must come out with every sentence of the story and none of the clutter
 * lines inside it, and each must be a page where bare Readability does let
 * clutter through; otherwise it would prove nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract';
import { isArticle, type Article } from '../../model';
import { collapseWhitespace } from '../../text';
import {
  bareReadability,
  blockText,
  leftDropLines,
  loadSiteFixtures,
  missingKeepSentences,
  parseFixture,
  type SiteFixture,
} from '../../../tests/fixtures/sites/site-fixtures';

const fixtures = loadSiteFixtures();

const REQUIRED_KINDS = [
  'wire-story', 'longform-magazine', 'blog', 'local-news', 'french-news', 'spanish-news', 'german-news', 'no-class-names',
];

function extractFixture(fixture: SiteFixture): Article {
  const dom = parseFixture(fixture);
  try {
    const result = extractArticle(dom.window.document, { url: fixture.url, window: dom.window });
    if (!isArticle(result)) throw new Error(`${fixture.name}: expected an article, got "${result.code}"`);
    return result;
  } finally {
    dom.window.close();
  }
}

/** Clutter lines bare Readability left that no removal with a rule name accounts for. */
function unreported(leftByReadability: string[], article: Article): string[] {
  const reportedText = article.removed
    .filter((removal) => removal.rule.trim() !== '')
    .map((removal) => collapseWhitespace(removal.text))
    .join('\n');
  const reported = leftDropLines(reportedText, { keep: [], drop: leftByReadability });
  const missing = [...leftByReadability];
  for (const line of reported) missing.splice(missing.indexOf(line), 1);
  return missing;
}

describe('the site fixtures', () => {
  it('cover the eight kinds of site in English, French, Spanish and German', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(REQUIRED_KINDS));
    expect(new Set(fixtures.map((f) => f.lang))).toEqual(new Set(['en', 'fr', 'es', 'de']));
  });

  it('include a page with no class or id attribute anywhere', () => {
    const fixture = fixtures.find((f) => f.name === 'no-class-names');
    expect(fixture).toBeDefined();
    const doc = parseFixture(fixture!).window.document;
    expect(doc.querySelectorAll('[class], [id]')).toHaveLength(0);
  });
});

describe.each(fixtures)('site fixture $name', (fixture) => {
  it('lists only lines that are on the page, and no kept sentence inside a clutter line', () => {
    const pageText = blockText(parseFixture(fixture).window.document.body);
    expect(fixture.keep.filter((sentence) => !pageText.includes(sentence))).toEqual([]);
    expect(fixture.drop.filter((line) => !pageText.includes(line))).toEqual([]);
    // Drop lines are searched for outside the kept sentences; a kept sentence inside a drop line would hide it.
    expect(fixture.keep.filter((sentence) => fixture.drop.some((line) => line.includes(sentence)))).toEqual([]);
  });

  it('is a real challenge: bare Readability keeps the story but lets clutter through', () => {
    const bare = bareReadability(fixture);
    expect(bare).not.toBeNull();
    expect(missingKeepSentences(bare!.text, fixture)).toEqual([]);
    expect(leftDropLines(bare!.text, fixture).length).toBeGreaterThan(0);
  });

  describe('extractArticle', () => {
    let article: Article;
    beforeAll(() => {
      article = extractFixture(fixture);
    });

    it('finds the article with its title and language', () => {
      expect(article.title).toBe(fixture.title);
      expect(article.lang?.split('-')[0]?.toLowerCase()).toBe(fixture.lang);
    });

    it('keeps every sentence of the article', () => {
      expect(missingKeepSentences(article.text, fixture)).toEqual([]);
    });

    it('drops every clutter line inside the article', () => {
      expect(leftDropLines(article.text, fixture)).toEqual([]);
    });

    it('reports each clutter line Readability let through, with the rule that removed it', () => {
      const leftByReadability = leftDropLines(bareReadability(fixture)?.text ?? '', fixture);
      expect(leftByReadability.length).toBeGreaterThan(0);
      expect(unreported(leftByReadability, article)).toEqual([]);
    });
  });
});
