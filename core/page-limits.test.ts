import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractHtml } from '../tests/support/dom';
import { hostileShapes } from '../tests/support/hostile-pages';
import { pageExcess, PAGE_LIMITS, withoutExcessAttributes } from './page-limits';
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

  it('does not walk the page again when the caller says it already found it within the limits (the frame does)', () => {
    const html = `<html><body><article>${PROSE.repeat(30)}</article></body></html>`;
    const lowered = { ...PAGE_LIMITS, maxElements: 20 };
    expect(extractHtml(html, undefined, { limits: lowered, withinLimits: true }).kind).toBe('article');
    expect(extractHtml(html, undefined, { limits: lowered, withinLimits: false })).toEqual({ kind: 'no-article', code: 'too-large' });
  });
});

describe('withoutExcessAttributes', () => {
  const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ` data-a${from + i}="v${from + i}"`).join('');

  it('returns an ordinary page as it is, the very same string', () => {
    for (const html of [PROSE, `<html><head><title>a < b</title><script>if (a<b && c>d) x = "<p ${many(3)}>";</script></head><body>${PROSE}<!-- <b ${many(3)}> --></body></html>`]) {
      expect(withoutExcessAttributes(html, 2)).toBe(html);
    }
  });

  it('keeps the first attributes of an element with too many, and the element and its content', () => {
    const html = `<html><body><p class="lead"${many(1_500)} title='a > b'>The harbour committee met on Tuesday.</p><p${many(5)}>next</p></body></html>`;
    const out = withoutExcessAttributes(html, 1_000);
    const doc = parseHtml(out).document;
    const first = doc.querySelector('p')!;
    expect(first.attributes.length).toBe(1_000);
    expect(first.getAttribute('class')).toBe('lead');
    expect(first.getAttribute('data-a998')).toBe('v998');
    expect(first.hasAttribute('data-a999')).toBe(false);
    expect(first.hasAttribute('title')).toBe(false);
    expect(first.textContent).toContain('The harbour committee met');
    expect(doc.querySelectorAll('p')[1]!.attributes.length).toBe(5);
  });

  it('reads quoted values with spaces and ">" in them, unquoted values and names without values as the parser does', () => {
    const html = `<div a="x > y" b='1 2' c=3 d e = "f"${many(4)}>text</div>`;
    const doc = parseHtml(withoutExcessAttributes(html, 5)).document;
    const div = doc.querySelector('div')!;
    expect([...div.attributes].map((a) => `${a.name}=${a.value}`)).toEqual(['a=x > y', 'b=1 2', 'c=3', 'd=', 'e=f']);
    expect(div.textContent).toBe('text');
  });

  it('leaves raw text and comments alone and keeps a self-closing slash', () => {
    const script = `<script>var s = "<b ${many(10)}>";</script>`;
    const svg = `<svg><path d="M0 0"${many(10)}/><g id="after"></g></svg>`;
    const comment = `<!--<i${many(10)}>-->`;
    const out = withoutExcessAttributes(`<html><body>${script}${comment}${svg}</body></html>`, 3);
    expect(out).toContain(script);
    expect(out).toContain(comment);
    const doc = parseHtml(out).document;
    expect(doc.querySelector('path')!.attributes.length).toBe(3);
    // Still self-closed: the g is the path's sibling, not its child.
    expect(doc.querySelector('svg > g#after')).not.toBeNull();
  });

  it('cuts the 200,000-attribute element of issue #18 before parsing, so extraction reads the page', () => {
    const html = hostileShapes(1).find(({ shape }) => shape === 'many-attributes')!.make();
    const out = withoutExcessAttributes(html);
    expect(out.length).toBeLessThan(html.length / 100);
    expect(extractHtml(out)).toMatchObject({ kind: 'article', text: expect.stringContaining('The committee met on Tuesday') });
  });
});
