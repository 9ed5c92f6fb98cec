import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { seededRandom } from '../../../tests/support/hostile-pages';
import { dropNested } from './lines';

/** The pairwise definition dropNested had before it became linear (#18): the reference its results must equal. */
function dropNestedPairwise(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

describe('dropNested', () => {
  it('keeps the outermost of nested elements and unrelated ones, in their order', () => {
    const page = parseHtml('<body><div id="a"><p id="b"><span id="c">x</span></p></div><p id="d">y</p><p id="e"><b id="f">z</b></p></body>');
    const get = (id: string) => page.document.getElementById(id)!;
    const kept = dropNested([get('c'), get('d'), get('a'), get('f'), get('b')]);
    expect(kept.map((el) => el.id)).toEqual(['d', 'a', 'f']);
    page.close();
  });

  it('keeps an element listed twice (it is not inside itself), as the pairwise check did', () => {
    const page = parseHtml('<body><p id="a">x</p></body>');
    const a = page.document.getElementById('a')!;
    expect(dropNested([a, a])).toEqual([a, a]);
    page.close();
  });

  it('gives the same elements as comparing every pair, on random trees and random picks', () => {
    const random = seededRandom(18);
    for (let round = 0; round < 20; round++) {
      const page = parseHtml('<body></body>');
      const all: Element[] = [page.document.body];
      for (let i = 0; i < 200; i++) {
        const el = page.document.createElement(random() < 0.5 ? 'div' : 'p');
        all[Math.floor(random() * all.length)]!.appendChild(el);
        all.push(el);
      }
      const picked = all.filter(() => random() < 0.3);
      const expected = dropNestedPairwise(picked);
      expect(dropNested(picked)).toEqual(expected);
      expect(expected.length).toBeLessThan(picked.length); // the check can fail: some picks were nested
      page.close();
    }
  });
});
