import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from './extract';
import { FIRST_PART_LIMITS, firstPartOf } from './first-part';
import { pageExcess, PAGE_LIMITS } from './page-limits';

const PROSE = '<p>The harbour committee met on Tuesday and agreed that the repairs to the old pier should begin in spring, before the summer ferries.</p>';
const small = { maxElements: 40, maxDepth: 12, maxTextLength: 3_000, maxAttributes: 5 };

function page(body: string, head = '<title>Harbour news</title>') {
  return parseHtml(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`, 'https://news.example/story');
}

describe('firstPartOf', () => {
  it('copies a page within the limits whole, and says nothing was cut', () => {
    const source = page(`<article>${PROSE.repeat(5)}</article>`);
    const before = source.document.documentElement.outerHTML;
    const { doc, cut } = firstPartOf(source.document, small);
    expect(cut).toBe(false);
    expect(doc!.documentElement.outerHTML).toBe(before);
    expect(source.document.documentElement.outerHTML).toBe(before); // the page is untouched
    expect(doc).not.toBe(source.document);
  });

  it('keeps the beginning of a page with too many elements, in order, and says it was cut', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => `<p>Paragraph ${i} of the long report on the harbour.</p>`).join('');
    const { doc, cut } = firstPartOf(page(`<article>${paragraphs}</article>`).document, small);
    expect(cut).toBe(true);
    const kept = [...doc!.querySelectorAll('p')].map((p) => p.textContent);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.length).toBeLessThan(40);
    expect(kept).toEqual(kept.map((_, i) => `Paragraph ${i} of the long report on the harbour.`));
    expect(doc!.title).toBe('Harbour news');
    expect(doc!.documentElement.lang).toBe('en');
  });

  it('stops the text at the limit, at a word boundary', () => {
    const { doc, cut } = firstPartOf(page(`<p>${'harbour '.repeat(1_000)}</p>`).document, small);
    expect(cut).toBe(true);
    const text = doc!.body.textContent!;
    expect(text.length).toBeLessThanOrEqual(small.maxTextLength);
    expect(text.length).toBeGreaterThan(small.maxTextLength - 20);
    expect(text.trimEnd().endsWith('harbour')).toBe(true);
  });

  it('leaves out what is nested past the depth limit, and scripts and styles', () => {
    const deep = `${'<div>'.repeat(30)}<p>Buried</p>${'</div>'.repeat(30)}`;
    const { doc, cut } = firstPartOf(page(`${PROSE}${deep}<script>var x = 1;</script><style>p{}</style>${PROSE}`).document, small);
    expect(cut).toBe(true);
    expect(doc!.body.textContent).not.toContain('Buried');
    expect(doc!.querySelector('script, style')).toBeNull();
    expect(doc!.querySelectorAll('p')).toHaveLength(2);
    expect(pageExcess(doc!.body, small)).toBeNull();
  });

  it('keeps JSON-LD metadata and copies a bloated element without its attributes', () => {
    const attrs = Array.from({ length: 50 }, (_, i) => `data-a${i}="x"`).join(' ');
    const { doc } = firstPartOf(
      page(`<p class="lead" ${attrs}>Bloated</p><p class="lead">Plain</p>`, '<title>T</title><script type="application/ld+json">{"author":"A"}</script>').document,
      small,
    );
    expect(doc!.querySelector('script[type="application/ld+json"]')?.textContent).toBe('{"author":"A"}');
    const [bloated, plain] = [...doc!.querySelectorAll('p')];
    expect(bloated!.attributes).toHaveLength(0);
    expect(bloated!.textContent).toBe('Bloated');
    expect(plain!.getAttribute('class')).toBe('lead');
  });

  it('turns a page Lector refuses as too large into one it reads', () => {
    const limits = { ...PAGE_LIMITS, maxElements: 300 };
    const source = page(`<article><h1>Harbour repairs</h1>${PROSE.repeat(400)}</article>`);
    expect(extractArticle(source.document, { window: source.window, limits })).toEqual({ kind: 'no-article', code: 'too-large' });
    const { doc, cut } = firstPartOf(source.document, { ...FIRST_PART_LIMITS, maxElements: 100 });
    expect(cut).toBe(true);
    const result = extractArticle(doc!, { window: source.window, limits, url: 'https://news.example/story' });
    expect(result.kind).toBe('article');
    if (result.kind === 'article') expect(result.wordCount).toBeGreaterThan(500);
  });
});
