/**
 * Readability as markup in and out (for the frame's worker), with the DOM implementation passed in: here jsdom's,
 * as the CLI parses. The worker's own DOM (linkedom) is tested in entrypoints/extract-frame/parse-with-linkedom.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { adoptReadabilityMarkup, readabilityFromMarkup, type ParseMarkup } from './readability-markup';
import type { WindowLike } from 'dompurify';
import { extractArticle } from './extract';

const opened: Array<{ close(): void }> = [];
const parseWithJsdom: ParseMarkup = (html, page) => {
  const parsed = parseHtml(html, page.baseUrl);
  opened.push(parsed);
  return parsed.document;
};

const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the ferry to the islands ran on time for most of the winter, the operator said, and delays were short.</p>`).join('');
const ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Ferries ran on time</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ferries ran on time</h1>${paragraphs}<script>window.ran = true</script></article></body></html>`;
const PAGE = { html: ARTICLE, url: 'https://ferry.example/news/winter', baseUrl: 'https://ferry.example/news/winter' };

describe('Readability as markup', () => {
  it('returns the article as markup with its metadata, which a worker can post', () => {
    const found = readabilityFromMarkup(PAGE, parseWithJsdom);
    expect(found.kind).toBe('done');
    if (found.kind !== 'done' || !found.markup) throw new Error('no article');
    expect(found.markup.title).toBe('Ferries ran on time');
    expect(found.markup.lang).toBe('en');
    expect(found.markup.contentHtml).toContain('Paragraph 5: the ferry');
    expect(found.markup.contentHtml).not.toContain('<script');
    expect(() => structuredClone(found.markup)).not.toThrow();
  });

  it('leaves a page past the limits to the pipeline, which says "too large" itself', () => {
    const found = readabilityFromMarkup(PAGE, parseWithJsdom, { maxElements: 5, maxDepth: 512, maxTextLength: 5_000_000 });
    expect(found).toEqual({ kind: 'skipped', reason: 'too-large' });
  });

  it('puts the article into another document, detached, parsed first where nothing runs or loads', () => {
    const found = readabilityFromMarkup(PAGE, parseWithJsdom);
    if (found.kind !== 'done' || !found.markup) throw new Error('no article');
    const frame = parseHtml('<!DOCTYPE html><html><body><p>The frame</p></body></html>', 'https://ferry.example/');
    opened.push(frame);
    const target = frame.document;
    const win = frame.window as unknown as { DOMParser: typeof DOMParser };
    const adopted = adoptReadabilityMarkup(target, found.markup, win);
    expect(adopted?.content.ownerDocument).toBe(target);
    expect(adopted?.content.isConnected).toBe(false);
    expect(adopted?.content.textContent).toContain('Paragraph 1: the ferry');
    expect(adopted?.title).toBe('Ferries ran on time');
    expect(target.body.textContent).toBe('The frame');
    expect(adoptReadabilityMarkup(target, { ...found.markup, contentHtml: '' }, win)).toBeNull();
  });

  it("is used by the pipeline in place of its own Readability run, and Readability's 'no article' is the pipeline's", () => {
    const found = readabilityFromMarkup(PAGE, parseWithJsdom);
    if (found.kind !== 'done' || !found.markup) throw new Error('no article');
    const other = { ...found.markup, contentHtml: found.markup.contentHtml.replaceAll('ferry to the islands', 'bus to the mainland') };
    const page = parseHtml(ARTICLE, PAGE.url);
    opened.push(page);
    const options = { url: PAGE.url, window: page.window as unknown as WindowLike };
    const result = extractArticle(page.document, { ...options, readability: adoptReadabilityMarkup(page.document, other, page.window as unknown as { DOMParser: typeof DOMParser }) });
    expect(result.kind === 'article' && result.text).toContain('the bus to the mainland ran on time');
    expect(extractArticle(page.document, { ...options, readability: null })).toEqual({ kind: 'no-article', code: 'no-content' });
    for (const parsed of opened.splice(0)) parsed.close();
  });
});
