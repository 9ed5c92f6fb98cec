/**
 * Issue #18's shapes, small, and random mutations of the fixture pages, on
 * every `npm test`: extraction never throws, never answers with the engine's
 * own error, and stays within a generous budget of bare Readability on the same
 * input. Fixed seed, bounded cases; `npm run bench -- robustness` runs larger ones.
 */
import { readdirSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { FIXTURES, fixture } from '../../tests/support/dom';
import { hostileShapes, mutatePage, seededRandom } from '../../tests/support/hostile-pages';
import { extractArticle } from '../extract';
import { NO_ARTICLE_CODES, type ExtractResult } from '../model';

const SEED = 18;
const MUTATIONS = 12;

interface Timed {
  result: ExtractResult;
  lectorMs: number;
  bareMs: number;
}

function runBoth(html: string | Uint8Array): Timed {
  const page = parseHtml(html, 'https://news.example/story');
  try {
    let started = performance.now();
    try {
      new Readability(page.document.cloneNode(true) as Document).parse();
    } catch {
      // bare Readability may fail on these pages; only its time is the yardstick
    }
    const bareMs = performance.now() - started;
    started = performance.now();
    const result = extractArticle(page.document, { window: page.window });
    return { result, lectorMs: performance.now() - started, bareMs };
  } finally {
    try {
      page.close();
    } catch {
      // jsdom's own close() can throw on hostile pages; not what is under test
    }
  }
}

function expectSound({ result, lectorMs, bareMs }: Timed): void {
  if (result.kind === 'no-article') {
    expect(NO_ARTICLE_CODES).toContain(result.code);
    expect(result.code, result.code === 'error' ? result.detail : '').not.toBe('error');
  } else {
    expect(result.text.length).toBeGreaterThan(0);
  }
  // Generous: Lector adds declutter, sanitizing and segmentation to Readability's work, on a loaded machine.
  expect(lectorMs).toBeLessThan(bareMs * 4 + 3_000);
}

describe('fuzz: hostile shapes', () => {
  // 0.002 of the reported sizes: at 0.01, br-lines (6,000 lines) ran past 60 s on a loaded 2-core machine (see the bench).
  it.each(hostileShapes(0.002).map(({ shape, make }) => [shape, make] as const))('%s, small', (_, make) => {
    expectSound(runBoth(make()));
  }, 60_000);

  // Lists and tables are left to page-limits.test.ts: bare Readability, the yardstick here, takes minutes on them.
  it.each(hostileShapes(0.06).filter(({ shape }) => shape.startsWith('deep-') && shape !== 'deep-ul' && shape !== 'deep-table').map(({ shape, make }) => [shape, make] as const))(
    '%s past the depth limit answers too-large',
    (_, make) => {
      const timed = runBoth(make());
      expectSound(timed);
      expect(timed.result).toMatchObject({ kind: 'no-article', code: 'too-large' });
    },
    60_000,
  );
});

describe('fuzz: mutated fixture pages', () => {
  const pages = ['news/seed-article.html', ...readdirSync(`${FIXTURES}sites`).filter((f) => f.endsWith('.html')).map((f) => `sites/${f}`)];
  const random = seededRandom(SEED);
  const cases = Array.from({ length: MUTATIONS }, (_, i) => {
    const source = pages[Math.floor(random() * pages.length)]!;
    const { shape, html } = mutatePage(fixture(source), random);
    return [`${i} ${shape} of ${source}`, html] as const;
  });

  it.each(cases)('%s', (_, html) => {
    expectSound(runBoth(html));
  }, 60_000);
});
