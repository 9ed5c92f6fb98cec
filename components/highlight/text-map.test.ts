// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockElements, mapBlockText } from './text-map';
import { collapseWhitespace } from '../../core/text';
import { fixtureArticle } from '../../tests/support/components/article-fixture';

function element(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div.firstElementChild as HTMLElement;
}

const collapsed = (range: Range | null) => collapseWhitespace(range?.toString() ?? '');

describe('mapBlockText', () => {
  const samples = [
    '<p>Plain sentence. Another one.</p>',
    '<p>\n   Leading  and   trailing \t </p>',
    '<p>Split <b>across <i>inline</i></b> elements,<br>and a break.</p>',
    '<p>Non\u00a0breaking\u00a0\u00a0spaces and a zero\u200bwidth one.</p>',
    '<li>  <a href="#">Link</a>   text   <code> x  =  1 </code></li>',
    '<p>Emoji 👩‍🔬 and accents: café, naïve.</p>',
  ];

  it.each(samples)('gives the same text as collapseWhitespace(textContent): %s', (html) => {
    const block = element(html);
    expect(mapBlockText(block).text).toBe(collapseWhitespace(block.textContent ?? ''));
  });

  it.each(samples)('maps every span of the text back to a DOM range holding it: %s', (html) => {
    const map = mapBlockText(element(html));
    for (let start = 0; start < map.text.length; start += 3) {
      for (const end of [start + 1, Math.min(start + 7, map.text.length), map.text.length]) {
        if (end <= start) continue;
        expect(collapsed(map.rangeFor(start, end))).toBe(map.text.slice(start, end).trim());
      }
    }
  });

  it('finds the offset of any DOM position again (the inverse of rangeFor)', () => {
    const map = mapBlockText(element(samples[2]!));
    for (let k = 0; k < map.text.length; k++) {
      const range = map.rangeFor(k, k + 1)!;
      expect(map.offsetOf(range.startContainer, range.startOffset)).toBe(k);
    }
  });

  it('maps positions between elements and at the end', () => {
    const block = element('<p><b>One</b> <i>two</i></p>');
    const map = mapBlockText(block);
    expect(map.offsetOf(block, 0)).toBe(0);
    expect(map.offsetOf(block, 2)).toBe(4);
    expect(map.offsetOf(block, block.childNodes.length)).toBe(map.text.length);
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });

  it('refuses ranges outside the text', () => {
    const map = mapBlockText(element('<p>Short.</p>'));
    expect(map.rangeFor(0, 0)).toBeNull();
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(2, 99)).toBeNull();
  });

  it('agrees with collapseWhitespace on random mixes of text and whitespace', () => {
    const pieces = ['a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u200b', '\u3000', 'é', '<b>c</b>', '<i> d </i>'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const html = Array.from({ length: 12 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const block = element(`<p>${html}</p>`);
      expect(mapBlockText(block).text, html).toBe(collapseWhitespace(block.textContent ?? ''));
    }
  });

  it('finds every sentence of a real article in its rendered block', () => {
    const article = fixtureArticle();
    const root = element(`<div>${article.html}</div>`);
    const blocks = blockElements(root);
    expect(blocks.size).toBe(article.blocks.length);
    for (const sentence of article.sentences) {
      const map = mapBlockText(blocks.get(sentence.block)!);
      expect(map.text).toBe(article.blocks[sentence.block]!.text);
      expect(collapsed(map.rangeFor(sentence.start, sentence.end))).toBe(sentence.text);
    }
  });
});
