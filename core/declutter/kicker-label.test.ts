import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { kickerLabelRule } from './kicker-label';

const run = (html: string) => declutterFragment(html, [kickerLabelRule]);

describe('kicker-label rule', () => {
  it('removes the same label set over several headings', () => {
    const card = (name: string) => `<div><p>Webcam</p><h2>${name}</h2></div>${PROSE}`;
    const result = run(`${card('Yosemite Falls')}${card('Half Dome')}${card('El Capitan')}`);
    expect(result.removed).toEqual([
      { rule: 'kicker-label', text: 'Webcam' },
      { rule: 'kicker-label', text: 'Webcam' },
      { rule: 'kicker-label', text: 'Webcam' },
    ]);
  });

  it('removes a label the site marks as a kicker', () => {
    const result = run(`<span class="article-kicker">Travel Tips</span><h1>Where to go in spring</h1>${PROSE}`);
    expect(result.removed).toEqual([{ rule: 'kicker-label', text: 'Travel Tips' }]);
  });

  it('removes a category word that opens the article above its date line', () => {
    const result = run(`<section><span>General</span><div><p>Updated: December 04, 2025</p></div></section>${PROSE}`);
    expect(result.removed).toEqual([{ rule: 'kicker-label', text: 'General' }]);
  });

  it.each([
    ['a bold word over one heading in a recipe', `${PROSE}<p><strong>Ingredients</strong></p><h3>For the dough</h3>${PROSE}`],
    ['a one-word paragraph that opens the article before prose', `<p>Finally.</p>${PROSE}`],
    ['a label before prose, not a heading', `<p class="kicker">Analysis</p>${PROSE}`],
    ['a link after a bold label on the same line', `${PROSE}<p><strong>Availability:</strong> <a href="/a">Check here</a></p><h3>Overview</h3><p><strong>Availability:</strong> <a href="/b">Check here</a></p><h3>Overview</h3>`],
    ['a word inside a sentence', `<p>The <span class="category">Webcam</span> feed shows the falls.</p><h2>Half Dome</h2>${PROSE}`],
  ])('spares %s', (_name, html) => {
    expect(run(html).removed).toEqual([]);
  });
});
