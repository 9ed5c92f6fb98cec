import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { blockText } from './block-text';
import { containsWords } from './snippets';

describe('blockText', () => {
  it('breaks between blocks where textContent runs them together', () => {
    const page = parseHtml('<div><h2>Prices in 2026</h2><p>Next year rents rise.</p><ul><li>One</li><li>Two</li></ul>a<br>b</div>');
    const root = page.document.body;
    expect(root.textContent).toContain('2026Next');
    expect(blockText(root)).toBe('Prices in 2026\nNext year rents rise.\nOne\nTwo\na\nb');
    expect(containsWords(blockText(root), 'Next year rents rise')).toBe(true);
    expect(containsWords(root.textContent ?? '', 'Next year rents rise')).toBe(false);
    page.close();
  });

  it('keeps inline elements inside one line', () => {
    const page = parseHtml('<p>A <b>bold</b> and <a href="#">linked</a> word.</p>');
    expect(blockText(page.document.body)).toBe('A bold and linked word.');
    page.close();
  });
});
