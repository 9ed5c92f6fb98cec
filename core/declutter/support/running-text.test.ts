import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { inRunningText } from './running-text';

function check(html: string): boolean {
  const page = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  try {
    return inRunningText(page.document.getElementById('x')!);
  } finally {
    page.close();
  }
}

describe('inRunningText', () => {
  it('is true for a link or span inside a sentence, also through inline wrappers', () => {
    expect(check('<p>Readers can <a id="x" href="/r">learn more</a> in the report.</p>')).toBe(true);
    expect(check('<p>The clip got <b><span id="x">1,204 views</span></b> in a day.</p>')).toBe(true);
    expect(check('<p><strong>Availability:</strong> <a id="x" href="/r">Check here</a></p>')).toBe(true);
  });

  it('is false for a line of its own', () => {
    expect(check('<p><a id="x" href="/r">Learn more</a></p>')).toBe(false);
    expect(check('<div>Some text<p id="x">1 of 4</p>more text</div>')).toBe(false);
    expect(check('<div><div id="x"><span>3.409</span> <span>letture</span></div><p>Il black Friday incombe.</p></div>')).toBe(false);
  });
});
