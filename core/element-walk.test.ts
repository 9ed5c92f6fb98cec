import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml, type ParsedPage } from '../cli/parse-html';
import { allDescendants, descendantsWhere, firstDescendantWhere, hasAncestorNamed, named } from './element-walk';

let page: ParsedPage | null = null;
afterEach(() => page?.close());

/** Markup with what selectors and walks might see differently: nesting, SVG and MathML, templates, upper-case tags. */
function root(): Element {
  page = parseHtml(`<!DOCTYPE html><html><body><main id="root">
    <P>Lead <A href="/a">one</A> <a>no href</a></P>
    <div><p>outer <span><p>broken nesting</p></span></p></div>
    <section><h2>Part</h2><ul><li><a href="/b"><span>two</span></a></li></ul></section>
    <svg><a href="/c"><text>three</text></a><foreignObject><p>inside svg</p></foreignObject></svg>
    <math><mi>x</mi></math>
    <template><a href="/hidden">not in the tree</a><h1>nor this</h1></template>
    <figure><img src="x.png"><figcaption>Caption</figcaption></figure>
  </main><p>outside</p></body></html>`);
  return page.document.getElementById('root')!;
}

const same = (mine: Element[], theirs: Iterable<Element>) => expect(mine).toEqual([...theirs]);

describe('walks that answer as selectors do', () => {
  it('finds what querySelectorAll finds, in the same order', () => {
    const main = root();
    same(allDescendants(main), main.querySelectorAll('*'));
    same(descendantsWhere(main, named('a')), main.querySelectorAll('a'));
    same(descendantsWhere(main, named('p')), main.querySelectorAll('p'));
    same(descendantsWhere(main, named('h1', 'h2', 'h3')), main.querySelectorAll('h1, h2, h3'));
    same(descendantsWhere(main, named('img', 'svg', 'math', 'table')), main.querySelectorAll('img, svg, math, table'));
    same(
      descendantsWhere(main, (el) => el.localName === 'a' && el.hasAttribute('href')),
      main.querySelectorAll('a[href]'),
    );
    expect(descendantsWhere(main, named('a'))).toHaveLength(4);
  });

  it('gives the first match or null, as querySelector does', () => {
    const main = root();
    expect(firstDescendantWhere(main, named('h2', 'h3'))).toBe(main.querySelector('h2, h3'));
    expect(firstDescendantWhere(main, named('table'))).toBeNull();
    const paragraph = main.querySelector('p')!;
    expect(firstDescendantWhere(paragraph, named('p'))).toBe(paragraph.querySelector('p'));
  });

  it('looks above the root for ancestors, as a descendant combinator does', () => {
    const main = root();
    // The HTML parser never nests paragraphs; scripts and Readability's rewrites can.
    main.querySelector('p')!.append(main.ownerDocument.createElement('p'));
    const isP = named('p');
    const nested = descendantsWhere(main, (el) => isP(el) && hasAncestorNamed(el, isP));
    same(nested, main.querySelectorAll('p p'));
    expect(nested).toHaveLength(1);
    const inner = main.querySelector('span')!;
    expect(hasAncestorNamed(inner, named('main'))).toBe(true);
    expect(hasAncestorNamed(inner, named('section'))).toBe(false);
  });
});
