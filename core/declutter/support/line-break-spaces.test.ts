import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { spaceLineBreaks } from './line-break-spaces';

function spaced(html: string): string {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  const root = page.document.getElementById('root')!;
  spaceLineBreaks(root);
  const text = root.textContent ?? '';
  page.close();
  return text;
}

describe('spaceLineBreaks', () => {
  it('puts a space where a line break sat between two words', () => {
    expect(spaced('<p>Between 2015 and<br>2018, <strong>13% of children</strong><br><strong>ages 5 to 19</strong> had cavities.</p>')).toBe(
      'Between 2015 and 2018, 13% of children ages 5 to 19 had cavities.',
    );
  });

  it('joins the lines of an address or a poem with spaces', () => {
    expect(spaced('<p>1 Main Street<br>Springfield</p><p>Roses are red,<br>violets are blue.</p>')).toBe('1 Main Street SpringfieldRoses are red, violets are blue.');
  });

  it.each([
    ['a break after a space', '<p>one <br>two</p>', 'one two'],
    ['a break before a space', '<p>one<br> two</p>', 'one two'],
    ['a break that opens the block', '<p><br>two</p>', 'two'],
    ['a break that ends the block', '<p>one<br></p>', 'one'],
    ['two breaks in a row', '<p>one<br><br>two</p>', 'one two'],
    ['a long run of breaks', `<p>one${'<br>'.repeat(5000)}two</p>`, 'one two'],
  ])('adds nothing more for %s', (_name, html, text) => {
    expect(spaced(html)).toBe(text);
  });
});
