import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { isRemovableWhole, isWholeBlockOrLine } from './whole-line';

function judge(html: string, predicate: (el: Element) => boolean = isWholeBlockOrLine): boolean {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  try {
    const target = page.document.querySelector('[data-target]');
    if (!target) throw new Error('no [data-target] in the fixture');
    return predicate(target);
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

describe('isRemovableWhole', () => {
  it.each([
    ['a whole line', '<p>Prose.<br><span data-target>Photo: Jane Doe</span></p>'],
    ['a parenthetical credit ending a caption', '<figcaption>Protesters wore masks <span data-target>(Image: GETTY )</span></figcaption>'],
    ['a hover card of story links dropped after a name', '<p>He threatened Rep. <a href="/p">Ilhan Omar</a><span data-target><a href="/p">Ilhan Omar</a><a href="/s/1">Hillicon Valley: Progressives oppose funding bill</a></span> (D-Minn.), prosecutors said.</p>'],
    ['a labelled credit ending a caption', '<figcaption>A hunter ate a rabbit<span data-target>Credit: Getty - Contributor</span></figcaption>'],
  ])('accepts %s', (_name, html) => {
    expect(judge(html, isRemovableWhole)).toBe(true);
  });

  it.each([
    ['a name inside a sentence', '<p>The figure rose, according to <a data-target href="/r">Reuters</a>.</p>'],
    ['a parenthetical inside a sentence', '<p>The figure rose, according to <a data-target href="/r">(Reuters)</a>.</p>'],
    ['an agency opening a wire story', '<p>(<span data-target>Reuters</span>) — The attorney general is investigating.</p>'],
    ['a bold opening sentence', '<ul><li><strong data-target>Apple raised its forecast.</strong> The company confirmed it.</li></ul>'],
    ['two links naming sources inside a sentence', '<p>The figure rose, according to <span data-target><a href="/r">Reuters</a> and <a href="/a">AP</a></span>, on Monday.</p>'],
    ['a label opening a caption', '<figcaption><b data-target>Image:</b> Jose Mourinho, left, has replaced him</figcaption>'],
  ])('refuses %s', (_name, html) => {
    expect(judge(html, isRemovableWhole)).toBe(false);
  });
});
