import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from './extract';
import { isArticle } from './model';
import { pruneBeforeReadability } from './prune-before-readability';

const PROSE = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i}: the harbour committee met on Tuesday and agreed that the repairs to the old pier should begin in spring, before the summer ferries return.</p>`,
).join('');

function body(html: string) {
  return parseHtml(`<!DOCTYPE html><html lang="en"><head><title>Pier repairs</title></head><body>${html}</body></html>`, 'https://news.example/pier');
}

const left = (html: string) => {
  const page = body(html);
  const pruned = pruneBeforeReadability(page.document);
  return { pruned, html: page.document.body.innerHTML, page };
};

describe('pruneBeforeReadability: what can never be article goes', () => {
  it('scripts, styles and templates', () => {
    const { pruned, html } = left(`<script>var ad = 1;</script><style>p{}</style><template><p>Later</p></template>${PROSE}<script src="x.js"></script>`);
    expect(pruned).toBe(4);
    expect(html).not.toMatch(/<script|<style|<template/);
    expect(html).toContain('Paragraph 5');
  });

  it('hidden nodes as Readability judges them: hidden, display: none, visibility: hidden, aria-hidden', () => {
    const { pruned, html } = left(
      `<div hidden>Modal</div><div style="display: none">Menu</div><span style="visibility:hidden">x</span><div aria-hidden="true">Decor</div>${PROSE}`,
    );
    expect(pruned).toBe(4);
    expect(html).not.toMatch(/Modal|Menu|Decor/);
  });

  it('an SVG sprite sheet and a noscript without an image', () => {
    const { pruned, html } = left(`<svg><defs></defs><symbol id="i"><path d="M0 0"></path></symbol></svg><noscript>Enable JavaScript</noscript>${PROSE}`);
    expect(pruned).toBe(2);
    expect(html).not.toMatch(/<svg|Enable JavaScript/);
  });
});

describe('pruneBeforeReadability: what Readability may still read stays', () => {
  it('JSON-LD, a noscript image, a drawing SVG, a fallback image, visible prose', () => {
    const kept = [
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Ines"}}</script>',
      '<img class="lazy" data-src="a.jpg"><noscript><img src="a.jpg" alt="The pier"></noscript>',
      '<svg viewBox="0 0 2 2"><use href="#i"></use><circle r="1"></circle></svg>',
      '<img class="fallback-image" aria-hidden="true" src="math.png" alt="x squared">',
      '<div style="display:block" aria-hidden="false">Shown</div>',
    ];
    const { pruned, html } = left(kept.join('') + PROSE);
    expect(pruned).toBe(0);
    for (const part of ['application/ld+json', '<noscript>', '<circle', 'fallback-image', 'Shown']) expect(html).toContain(part);
  });

  it('a hidden heading that Readability compares with the title, a hidden image, and what a noscript image replaces', () => {
    const { pruned } = left(
      '<div hidden><h1>Pier repairs</h1></div><h2 hidden>Pier</h2><img hidden src="a.png"><span aria-hidden="true">placeholder</span><noscript><img src="b.jpg"></noscript>' + PROSE,
    );
    expect(pruned).toBe(0);
  });

  it('changes nothing Lector extracts from a page full of what it prunes', () => {
    const html = `<script>window.x=1</script><style>.a{}</style><div hidden><p>Subscribe to our hidden newsletter today for updates.</p></div><svg><symbol id="s"></symbol></svg><article><h1>Pier repairs</h1>${PROSE}<p aria-hidden="true">Share this story</p></article>`;
    const whole = body(html);
    const expected = extractArticle(whole.document, { url: 'https://news.example/pier', window: whole.window });
    const pruned = body(html);
    pruneBeforeReadability(pruned.document);
    const got = extractArticle(pruned.document, { url: 'https://news.example/pier', window: pruned.window });
    expect(isArticle(got) && isArticle(expected)).toBe(true);
    if (!isArticle(got) || !isArticle(expected)) return;
    expect(got.text).toBe(expected.text);
    expect(got.title).toBe(expected.title);
    expect(got.text).not.toMatch(/newsletter|Share this story/);
  });
});
