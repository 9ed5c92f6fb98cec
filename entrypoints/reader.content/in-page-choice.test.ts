// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { IN_PAGE_BOUNDS, readsInPage } from './in-page-choice';

const page = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');

describe('which pages are read in place', () => {
  const bounds = { maxElements: 20, maxTextLength: 200 };

  it('reads a small page in place, in any language', () => {
    expect(readsInPage(page('<article><h1>Le bac</h1><p>Le bac reprend demain.</p></article>'), bounds)).toBe(true);
    expect(readsInPage(page('<main><p>渡し船は明日から再開します。</p></main>'), bounds)).toBe(true);
  });

  it('leaves a page with many elements to the frame', () => {
    expect(readsInPage(page('<ul>' + '<li><a href="#">x</a></li>'.repeat(11) + '</ul>'), bounds)).toBe(false);
  });

  it('leaves a page with much text and few elements to the frame', () => {
    expect(readsInPage(page(`<p>${'word '.repeat(41)}</p>`), bounds)).toBe(false);
  });

  it('counts nested elements, not only the body children', () => {
    expect(readsInPage(page('<div>'.repeat(21) + '</div>'.repeat(21)), bounds)).toBe(false);
    expect(readsInPage(page('<div>'.repeat(19) + '</div>'.repeat(19)), bounds)).toBe(true);
  });

  it('leaves a document without a body to the frame', () => {
    const xml = new DOMParser().parseFromString('<rss><channel/></rss>', 'application/xml');
    expect(readsInPage(xml, bounds)).toBe(false);
  });

  it('has bounds a typical article page stays under', () => {
    expect(IN_PAGE_BOUNDS.maxElements).toBeGreaterThan(200);
    expect(IN_PAGE_BOUNDS.maxTextLength).toBeGreaterThan(10_000);
  });
});
