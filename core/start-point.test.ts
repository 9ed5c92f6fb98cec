// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Block } from './model';
import { findStartBlock, startTextsFromPage } from './start-point';

const block = (index: number, text: string, kind: Block['kind'] = 'paragraph'): Block => ({
  index,
  kind,
  text,
  firstSentence: index,
  sentenceCount: 1,
});

const blocks = [
  block(0, 'City council approves new park', 'heading'),
  block(1, 'The city council voted eight to three on Tuesday night to build a park.'),
  block(2, 'Opponents worried about the cost of the park and the soil.'),
  block(3, 'The park opens in two years.'),
];

describe('findStartBlock', () => {
  it('finds the block containing the first matching candidate', () => {
    expect(findStartBlock(blocks, ['Opponents worried about   the cost'])).toBe(2);
    expect(findStartBlock(blocks, ['nothing like this', 'opens in two years'])).toBe(3);
  });

  it('matches a page paragraph that contains a whole block', () => {
    expect(findStartBlock(blocks, ['Intro. The park opens in two years. More text follows here.'])).toBe(3);
  });

  it('returns null when nothing matches, or there is nothing to match', () => {
    expect(findStartBlock(blocks, ['elephants'])).toBeNull();
    expect(findStartBlock(blocks, [])).toBeNull();
    expect(findStartBlock(blocks, ['   '])).toBeNull();
  });
});

describe('startTextsFromPage', () => {
  it('prefers the paragraph around the selection, then the selected text', () => {
    document.body.innerHTML = '<article><p id="p">Opponents worried about the <b>cost</b> of the park.</p></article>';
    const bold = document.querySelector('b')!;
    const range = document.createRange();
    range.selectNodeContents(bold);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(startTextsFromPage({ selectionText: 'cost' }, document, null)).toEqual([
      'Opponents worried about the cost of the park.',
      'cost',
    ]);
  });

  it('uses the element the menu was opened on (Firefox) first', () => {
    document.body.innerHTML = '<ul><li><a id="a">The park opens</a> in two years.</li></ul>';
    document.getSelection()!.removeAllRanges();
    expect(startTextsFromPage({ targetElementId: 3 }, document, document.getElementById('a'))).toEqual([
      'The park opens in two years.',
    ]);
  });

  it('takes the first line of a selection that spans blocks', () => {
    document.body.innerHTML = '<p>x</p>';
    document.getSelection()!.removeAllRanges();
    expect(startTextsFromPage({ selectionText: '\nFirst line\nSecond line' }, document, null)).toEqual(['First line']);
  });
});
