// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { splitArticleHtml } from './article-chunks';

const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, i) => `<p data-lector-block="${i}">Paragraph ${i} with <a href="/x?a=1&amp;b=2" title="a > b">a link</a>.</p>`).join('\n');

/** What the pieces give once each is parsed inside the wrappers and the results put together. */
function reassembled(html: string, pieceLength: number, firstLength?: number): string {
  const { open, close, depth, pieces } = splitArticleHtml(html, pieceLength, firstLength);
  const root = document.createElement('div');
  root.innerHTML = open + close;
  let container: Element = root;
  for (let level = 0; level < depth; level++) container = container.lastElementChild!;
  for (const piece of pieces) {
    const scratch = document.createElement('div');
    scratch.innerHTML = open + piece + close;
    let inner: Element = scratch;
    for (let level = 0; level < depth; level++) inner = inner.lastElementChild!;
    container.append(...inner.childNodes);
  }
  return root.innerHTML;
}

const parsed = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root.innerHTML;
};

describe('splitArticleHtml', () => {
  it('leaves a short article whole', () => {
    const html = paragraphs(3);
    expect(splitArticleHtml(html, 10_000)).toEqual({ open: '', close: '', depth: 0, pieces: [html] });
  });

  it('cuts a long article between paragraphs, the first piece the shortest, and the pieces make the article again', () => {
    const html = paragraphs(400);
    const { pieces } = splitArticleHtml(html, 2_000, 500);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces[0]!.length).toBeLessThan(pieces[1]!.length);
    expect(pieces.join('')).toBe(html);
    for (const piece of pieces) expect(piece.trim()).toMatch(/^<p[\s\S]*<\/p>$/);
    expect(reassembled(html, 2_000, 500)).toBe(parsed(html));
  });

  it("cuts inside Readability's wrapper and keeps the wrapper's own tags apart", () => {
    const html = `<div id="readability-page-1" class="page">\n<div>${paragraphs(200)}</div>\n</div>`;
    const chunks = splitArticleHtml(html, 1_000);
    expect(chunks.depth).toBe(2);
    expect(chunks.open).toBe('<div id="readability-page-1" class="page"><div>');
    expect(chunks.close).toBe('</div></div>');
    expect(chunks.pieces.length).toBeGreaterThan(5);
    expect(reassembled(html, 1_000)).toBe(parsed(html).replace('class="page">\n<div>', 'class="page"><div>').replace('</div>\n</div>', '</div></div>'));
  });

  it('parses table rows and list items inside their own table and list', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td data-lector-block="${i}">Row ${i}</td></tr>`).join('');
    const html = `<table><tbody>${rows}</tbody></table>`;
    const chunks = splitArticleHtml(html, 1_000);
    expect(chunks.open).toBe('<table><tbody>');
    expect(reassembled(html, 1_000)).toBe(parsed(html));
  });

  it('reads comments, quoted ">" and "<", void and self-closed elements and raw text without cutting inside them', () => {
    const tricky = [
      '<!-- a <p> in a comment -->',
      '<p title="x > y < z" data-note=\'>\'>One<br>two<img alt="3 > 2" src="a.png"></p>',
      '<svg viewBox="0 0 1 1"><path d="M0 0"/><title>t</title></svg>',
      '<noscript><p>not closed here</noscript>',
    ].join('');
    const html = Array.from({ length: 60 }, () => tricky + paragraphs(2)).join('');
    const { pieces } = splitArticleHtml(html, 300);
    expect(pieces.join('')).toBe(html);
    for (const piece of pieces) {
      expect(piece).toMatch(/^\s*<(!--|p|svg|noscript)[\s>]/);
      expect(reassembled(piece, 1e9)).toBe(parsed(piece));
    }
    expect(reassembled(html, 300)).toBe(parsed(html));
  });

  it('gives the whole HTML as one piece when the markup is not what the scan expects', () => {
    for (const html of [`${paragraphs(100)}</div>${paragraphs(100)}`, `<div>${paragraphs(200)}`, `${paragraphs(200)}<p title="never closed`]) {
      expect(splitArticleHtml(html, 500)).toEqual({ open: '', close: '', depth: 0, pieces: [html] });
    }
  });

  it('keeps a node longer than a piece whole', () => {
    const long = `<p>${'word '.repeat(2_000)}</p>`;
    const html = paragraphs(5) + long + paragraphs(5);
    const { pieces } = splitArticleHtml(html, 200);
    expect(pieces.some((piece) => piece.includes(long))).toBe(true);
    expect(pieces.join('')).toBe(html);
  });
});
