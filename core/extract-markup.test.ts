/**
 * The extraction frame reads a page from its HTML text, in a document whose
 * own address is the frame's. It must find the same article as extraction on
 * the page itself: same text, same blocks, same removals, links still pointing
 * into the page's site.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractFromMarkup, type PageMarkup } from './extract-markup';
import type { ExtractResult } from './model';
import { loadSiteFixtures } from '../tests/fixtures/sites/site-fixtures';
import { extractHtml, fixture } from '../tests/support/dom';

const FRAME_URL = 'chrome-extension://lector-test/extract-frame.html';

function extractInFrameWindow(page: PageMarkup): ExtractResult {
  const frame = parseHtml('<!DOCTYPE html><html><body></body></html>', FRAME_URL);
  try {
    return extractFromMarkup(page, frame.window as unknown as Parameters<typeof extractFromMarkup>[1]);
  } finally {
    frame.close();
  }
}

const markup = (html: string, url: string, baseUrl = url): PageMarkup => ({ html, url, baseUrl, isHtml: true });

const pages = [
  { name: 'seed article', html: fixture('news/seed-article.html'), url: 'https://globalnews.example/news/4071234/canada-isil-iraq/' },
  ...loadSiteFixtures().map((site) => ({ name: site.name, html: site.html, url: site.url })),
];

describe('extraction from a page sent as HTML text', () => {
  it.each(pages)('finds the same article on $name as on the page itself', ({ html, url }) => {
    const onPage = extractHtml(html, url);
    const inFrame = extractInFrameWindow(markup(html, url));
    expect(inFrame.kind).toBe('article');
    expect(inFrame).toEqual(onPage);
  });

  it('reads a page with an element of thousands of attributes, without them (the parser and DOMPurify are quadratic in them)', () => {
    const attributes = Array.from({ length: 5000 }, (_, i) => `data-x${i}="${i}"`).join(' ');
    const paragraph = '<p>The harbour wall was repaired over the winter, and the fishing boats returned in March, the office said.</p>';
    const html = `<!DOCTYPE html><html><head><title>Harbour</title></head><body><article><h1>Harbour</h1><div ${attributes}>${paragraph.repeat(4)}</div></article></body></html>`;
    const result = extractInFrameWindow(markup(html, 'https://harbour.example/news/wall'));
    expect(result.kind).toBe('article');
    if (result.kind === 'article') expect(result.text).toContain('fishing boats returned in March');
  });

  it('resolves links and images against the page, not the frame', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>
      <p>The harbour wall was repaired over the winter, and the fishing boats returned in March, <a href="../boats/list">the harbour office said</a> on Monday in a statement.</p>
      <p>Repairs cost less than expected because the stone could be reused, and the work finished two weeks early.<img src="img/wall.jpg" alt="The repaired wall"></p>
      <p>The office thanked the crews who worked through the storms of January and February to finish the job before the season began.</p></article></body></html>`;
    const result = extractInFrameWindow(markup(html, 'https://harbour.example/news/2024/wall', 'https://harbour.example/news/2024/wall'));
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.url).toBe('https://harbour.example/news/2024/wall');
    expect(result.html).toContain('href="https://harbour.example/news/boats/list"');
    expect(result.html).toContain('src="https://harbour.example/news/2024/img/wall.jpg"');
    expect(result.html).not.toContain('chrome-extension:');
  });

  it('gives a link to a fragment as the page address plus the fragment (the copy is not at the page address)', () => {
    const html = `<!DOCTYPE html><html><head><title>Notes</title></head><body><article>
      <p>The council published its notes on the repairs this week, and <a href="#costs">the section on costs</a> lists every contract that was signed for the work.</p>
      <p>The notes also say when each part of the work began and ended, and which crews were on the wall in the worst of the winter.</p>
      <h2 id="costs">Costs</h2><p>The repairs cost less than the council had set aside, mostly because the old stone could be used again.</p></article></body></html>`;
    const result = extractInFrameWindow(markup(html, 'https://harbour.example/notes'));
    expect(result.kind === 'article' && result.html).toContain('href="https://harbour.example/notes#costs"');
  });

  it("follows the page's own base address, given as the page resolved it", () => {
    const html = `<!DOCTYPE html><html><head><base href="/archive/"><title>Base</title></head><body><article>
      <p>The archive moved to a new building this year, and <a href="reading-room">the reading room</a> now opens on Saturdays as well as during the week for all visitors.</p>
      <p>Visitors need a card, which the front desk issues in a few minutes to anyone who brings a document with their address on it.</p></article></body></html>`;
    const result = extractInFrameWindow(markup(html, 'https://city.example/news/story', 'https://city.example/archive/'));
    expect(result.kind === 'article' && result.html).toContain('href="https://city.example/archive/reading-room"');
  });

  it('gives "not a web page" for an image or a feed, without parsing anything', () => {
    expect(extractInFrameWindow({ html: '', url: 'https://e.example/feed.xml', baseUrl: 'https://e.example/feed.xml', isHtml: false })).toMatchObject({
      kind: 'no-article',
      code: 'not-html',
    });
  });
});
