/**
 * The worker's path (linkedom parse → Readability → markup → the frame's own document → the rest of the pipeline)
 * must find the article the frame's own path finds, on every site fixture, from the markup the reader sends: the
 * browser's serialization of the page (here jsdom's, a spec parser too).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractSteps, runExtractSteps } from '../../core/extract';
import { parsePageMarkup, type PageMarkup, type ParsingWindow } from '../../core/extract-markup';
import type { ExtractResult } from '../../core/model';
import { adoptReadabilityMarkup, readabilityFromMarkup, type ReadabilityMarkup } from '../../core/readability-markup';
import { loadSiteFixtures } from '../../tests/fixtures/sites/site-fixtures';
import { fixture } from '../../tests/support/dom';
import { parseWithLinkedom } from './parse-with-linkedom';

const FRAME_URL = 'chrome-extension://lector-test/extract-frame.html';

/** The frame's path: the page parsed in the frame, Readability's answer (if given as markup) adopted into it. */
function extractInFrame(page: PageMarkup, markup?: ReadabilityMarkup | null): ExtractResult {
  const frame = parseHtml('<!DOCTYPE html><html><body></body></html>', FRAME_URL);
  try {
    const win = frame.window as unknown as ParsingWindow;
    const doc = parsePageMarkup(page, win);
    const readability = markup === undefined ? undefined : markup && adoptReadabilityMarkup(doc, markup, win);
    return runExtractSteps(extractSteps(doc, { url: page.url, window: win, readability }));
  } finally {
    frame.close();
  }
}

/** What the content script sends: the live DOM serialized by a spec-following parser. */
function asTheReaderSendsIt(html: string, url: string): PageMarkup {
  const page = parseHtml(html, url);
  try {
    return { html: `<!DOCTYPE html>${page.document.documentElement.outerHTML}`, url, baseUrl: url, isHtml: true };
  } finally {
    page.close();
  }
}

const pages = [
  { name: 'seed article', html: fixture('news/seed-article.html'), url: 'https://globalnews.example/news/4071234/canada-isil-iraq/' },
  ...loadSiteFixtures().map((site) => ({ name: site.name, html: site.html, url: site.url })),
];

describe('Readability in the worker, on a page parsed by linkedom', () => {
  it.each(pages)('finds the same article on $name as the frame finds by itself', ({ html, url }) => {
    const page = asTheReaderSendsIt(html, url);
    const inWorker = readabilityFromMarkup(page, parseWithLinkedom);
    expect(inWorker.kind).toBe('done');
    if (inWorker.kind !== 'done') return;
    expect(inWorker.markup?.title).toBeTruthy();
    const withWorker = extractInFrame(page, inWorker.markup);
    const byItself = extractInFrame(page);
    expect(withWorker.kind).toBe('article');
    expect(withWorker).toEqual(byItself);
  });

  it('makes links absolute against the page, not the worker', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>
      <p>The harbour wall was repaired over the winter, and the fishing boats returned in March, <a href="../boats/list">the harbour office said</a> on Monday in a statement.</p>
      <p>Repairs cost less than expected because the stone could be reused, and the work finished two weeks early.<img src="img/wall.jpg" alt="The repaired wall"></p>
      <p>The office thanked the crews who worked through the storms of January and February to finish the job before the season began.</p></article></body></html>`;
    const found = readabilityFromMarkup({ html, url: 'https://harbour.example/news/2024/wall', baseUrl: 'https://harbour.example/news/2024/' }, parseWithLinkedom);
    expect(found.kind === 'done' && found.markup?.contentHtml).toContain('href="https://harbour.example/news/boats/list"');
    expect(found.kind === 'done' && found.markup?.contentHtml).toContain('src="https://harbour.example/news/2024/img/wall.jpg"');
  });

  it('records heading levels before Readability renames the h1, so the outline keeps the page structure', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the report says the ferries ran on time for most of the winter, and that delays were short.</p>`).join('');
    const html = `<!DOCTYPE html><html><head><title>Ferries</title></head><body><article><h1>Ferries ran on time</h1>${body}<h1>Second part of the report</h1>${body}</article></body></html>`;
    const found = readabilityFromMarkup({ html, url: 'https://ferry.example/r', baseUrl: 'https://ferry.example/r' }, parseWithLinkedom);
    expect(found.kind === 'done' && found.markup?.contentHtml).toContain('data-lector-level="1"');
  });
});
