import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { PROSE } from '../../tests/support/dom';
import { collapseWhitespace } from '../text';
import { declutter } from './index';
import { titleRepeatRule } from './title-repeat';

const TITLE = 'New SUVs and electric vehicles highlight L.A. Auto Show';

function run(fragment: string, titles: readonly string[] = [TITLE]) {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${fragment}</div></body></html>`);
  try {
    const root = page.document.getElementById('root')!;
    const removed = declutter(root, { rules: [titleRepeatRule], titles });
    return { removed, text: collapseWhitespace(root.textContent ?? '') };
  } finally {
    page.close();
  }
}

describe('title-repeat rule', () => {
  it.each([
    ['the title as a heading above the story', `<h1>${TITLE}</h1>`],
    ['the title in a div with different punctuation', '<div class="print-title">New SUVs and Electric Vehicles Highlight LA Auto Show</div>'],
    ['the title with the site name, as the page gives it', '<p>New SUVs and electric vehicles highlight L.A. Auto Show - CT Post</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${clutter}${PROSE}${PROSE}`, [TITLE, `${TITLE} - CT Post`]);
    expect(result.removed.map((r) => r.rule)).toEqual(['title-repeat']);
  });

  it.each([
    ['a sentence that starts like the title', `<p>${TITLE} this week, and dealers expect record sales in the spring, according to an industry group.</p>`],
    ['a copy of the title after the story begins', `${PROSE}<h2>${TITLE}</h2>`],
    ['a short title that many lines could equal', '<h2>News</h2>'],
    ['the title in bold opening a definition', `<p>In the trade, <b>${TITLE}</b> (a headline) was how the wire put it.</p>`],
    ['the title at the end of a breadcrumb line', `<div><a href="/">Home</a><a href="/news">Latest News</a><span>${TITLE}</span></div>`],
  ])('spares %s', (_name, prose) => {
    const titles = prose.includes('News</h2>') ? ['News'] : [TITLE];
    expect(run(`${prose}${PROSE}`, titles).removed).toEqual([]);
  });
});
