import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { isWholeBlockOrLine } from './whole-line';

function judge(html: string): boolean {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  try {
    const target = page.document.querySelector('[data-target]');
    if (!target) throw new Error('no [data-target] in the fixture');
    return isWholeBlockOrLine(target);
  } finally {
    page.close();
  }
}

describe('isWholeBlockOrLine', () => {
  it.each([
    ['a paragraph', '<p data-target>Photo: Jane Doe / Reuters</p>'],
    ['a list item', '<ul><li data-target>Share</li><li>Tweet</li></ul>'],
    ['the only thing in its paragraph', '<p><span data-target>Advertisement</span></p>'],
    ['a line between <br>s', '<p>First line of a poem<br><em data-target>Photo by Jane Doe</em><br>third line</p>'],
    ['a line after a block, before a <br>', '<div><p>Prose here.</p><a data-target href="/x">Read more</a><br>Next line</div>'],
    ['a line set off by punctuation only', '<p>· <a data-target href="/tag">Tag list</a> |</p>'],
    ['the last line after a <br>', '<p>The company said so.<br><small data-target>(Reporting by Jane Doe; Editing by Tim)</small></p>'],
  ])('accepts %s', (_name, html) => {
    expect(judge(html)).toBe(true);
  });

  it.each([
    ['a link inside a sentence', '<p>The figure rose, according to <a data-target href="/r">Reuters</a>.</p>'],
    ['the bold opening sentence of a list item', '<ul><li><strong data-target>Apple raised its forecast.</strong> The company confirmed it on Monday.</li></ul>'],
    ['a product name inside a review sentence', '<p>We liked the <b data-target>Acme Kettle 2</b> more than any other.</p>'],
    ['a word before a <br> on a line with other words', '<p>Line one<br>Photo: <a data-target href="/p">Jane Doe</a><br>Line three</p>'],
    ['a run nested in inline markup inside a sentence', '<p>It was <em>very <b data-target>hot</b></em> today.</p>'],
  ])('refuses %s', (_name, html) => {
    expect(judge(html)).toBe(false);
  });
});
