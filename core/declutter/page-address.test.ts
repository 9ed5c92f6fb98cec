import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { collapseWhitespace } from '../text';
import { declutter } from './index';
import { pageAddressRule } from './page-address';

const PAGE = 'https://www.sfgate.com/news/article/The-Latest-Man-stabbed-14848218.php';
const PROSE = '<p>The council voted on Tuesday to extend the program for another two years, after a long debate about its cost.</p>';

function run(fragment: string, url = PAGE) {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${fragment}${PROSE}</div></body></html>`, url);
  const root = page.document.getElementById('root')!;
  const removed = declutter(root, { rules: [pageAddressRule] });
  const text = collapseWhitespace(root.textContent ?? '');
  page.close();
  return { removed, text };
}

describe('page-address rule', () => {
  it.each([
    ['a print header with the address', `<div class="print-header"><img src="/logo.png" alt=""><span>${PAGE}</span></div>`],
    ['the address without "www."', '<p>https://sfgate.com/news/article/The-Latest-Man-stabbed-14848218.php</p>'],
    ['the address with a query and a final slash', `<p>${PAGE}/?utm_source=print</p>`],
  ])('removes %s and reports it', (_name, html) => {
    const result = run(html);
    expect(result.removed.map((r) => r.rule)).toEqual(['page-address']);
    expect(result.text).not.toContain('sfgate.com');
  });

  it.each([
    ['the address of another page', '<p>https://www.sfgate.com/news/article/Another-story-14848000.php</p>'],
    ['the address inside a sentence', `<p>The full report is at ${PAGE} for anyone who wants it.</p>`],
    ['the site’s home address', '<p>https://www.sfgate.com/</p>'],
  ])('spares %s', (_name, html) => {
    expect(run(html).removed).toEqual([]);
  });

  it('does nothing on a page without a web address', () => {
    expect(run(`<p>${PAGE}</p>`, 'about:blank').removed).toEqual([]);
  });
});
