import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractHtml } from '../tests/support/dom';
import { pageExcess, PAGE_LIMITS } from './page-limits';
import { walkTree } from './text';

const PROSE = '<p>The harbour committee met on Tuesday and agreed that the repairs to the old pier should begin in spring, before the summer ferries.</p>';
const bodyOf = (html: string) => parseHtml(`<html><body>${html}</body></html>`).document.body;

describe('pageExcess', () => {
  it('passes an ordinary page and names the limit a page exceeds', () => {
    expect(pageExcess(bodyOf(PROSE.repeat(20)))).toBeNull();
    const limits = { maxElements: 50, maxDepth: 30, maxTextLength: 2_000 };
    expect(pageExcess(bodyOf('<span>x</span>'.repeat(51)), limits)).toBe('elements');
    expect(pageExcess(bodyOf(`${'<div>'.repeat(31)}x`), limits)).toBe('depth');
    expect(pageExcess(bodyOf(`<div>${'<div>'.repeat(29)}x</div>`.repeat(1)), limits)).toBeNull();
    expect(pageExcess(bodyOf(`<p>${'y'.repeat(2_001)}</p>`), limits)).toBe('text');
  });

  it('walks a tree twice as deep as the limit, in document order', () => {
    const doc = parseHtml('<html><body></body></html>').document;
    // Built bottom-up while detached; jsdom's own attach step recurses, so deeper trees overflow jsdom itself.
    let top: Element = doc.createElement('b');
    top.append('bottom');
    for (let i = 1; i < 1_024; i++) top = doc.createElement('b').appendChild(top).parentElement!;
    doc.body.append(top);
    expect(pageExcess(doc.body, { ...PAGE_LIMITS, maxDepth: 100_000 })).toBeNull();
    expect(pageExcess(doc.body)).toBe('depth');
    const texts: string[] = [];
    let left = 0;
    walkTree(doc.body, { text: (node) => texts.push(node.data), leave: () => left++ });
    expect(texts).toEqual(['bottom']);
    expect(left).toBe(1_024);
  });
});

describe('extractArticle on pages beyond the limits', () => {
  it.each([
    ['deep nesting', `${'<div>'.repeat(600)}${PROSE.repeat(10)}`],
    ['deep lists', `${'<ul><li>'.repeat(600)}${PROSE.repeat(10)}`],
  ])('answers too-large for %s, in Lector\'s code rather than a stack overflow', (_, body) => {
    expect(extractHtml(`<html><body>${body}</body></html>`)).toEqual({ kind: 'no-article', code: 'too-large' });
  });

  it('answers too-large past a lowered element limit and reads the same page under it', () => {
    const html = `<html><body><article>${PROSE.repeat(30)}</article></body></html>`;
    expect(extractHtml(html, undefined, { limits: { ...PAGE_LIMITS, maxElements: 20 } })).toEqual({ kind: 'no-article', code: 'too-large' });
    expect(extractHtml(html).kind).toBe('article');
  });
});
