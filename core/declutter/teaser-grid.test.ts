import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { teaserGridRule } from './teaser-grid';

const run = (html: string) => declutterFragment(html, [teaserGridRule]);
const card = (kicker: string, teaser: string, i: number) =>
  `<div><div><a href="/news/${i}/"><img src="/t/${i}.jpg" alt=""></a></div><div><h3>${kicker}</h3><p><span>${teaser}</span></p></div></div>`;

describe('teaser-grid rule', () => {
  it('removes three or more teaser cards built the same way', () => {
    const grid = `<div>${card('RANDY ANDY', 'Andrew parties in unearthed pics', 1)}${card('TIME TRAVELLER', 'Theorists spot Greta in old pic', 2)}${card('EYE POPPING', 'Popeye has tricep removed', 3)}</div>`;
    const result = run(`${PROSE}${grid}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['teaser-grid', 'teaser-grid', 'teaser-grid']);
    expect(result.text).not.toMatch(/RANDY|Greta|Popeye/);
  });

  it.each([
    ['two cards', `<div>${card('RANDY ANDY', 'Andrew parties in unearthed pics', 1)}${card('TIME TRAVELLER', 'Theorists spot Greta in old pic', 2)}</div>`],
    ['a photo gallery', `<div>${[1, 2, 3].map((i) => `<figure><a href="/p/${i}.jpg"><img src="/p/${i}.jpg" alt=""></a><figcaption>The harbour at dawn, photo ${i}</figcaption></figure>`).join('')}</div>`],
    ['paragraphs of prose with links', [1, 2, 3].map((i) => `<p>The council <a href="/c/${i}">voted</a> on item ${i} after a long debate about its cost and its results so far this year.</p>`).join('')],
    ['cards of different shapes', `<div>${card('RANDY ANDY', 'Andrew parties', 1)}<div><p>A short line with a <a href="/x">link</a></p></div>${card('EYE POPPING', 'Popeye has tricep removed', 3)}</div>`],
  ])('spares %s', (_name, html) => {
    expect(run(`${PROSE}${html}`).removed).toEqual([]);
  });
});

describe('teaser-grid rule and lists of prose', () => {
  it('spares list items that are sentences with a link', () => {
    const items = [1, 2, 3].map((i) => `<li>The council <a href="/c/${i}">voted</a> on item ${i} after a long debate about its cost and its results.</li>`).join('');
    expect(run(`${PROSE}<ul>${items}</ul>`).removed).toEqual([]);
  });
});

describe('teaser-grid rule, cards with a badge', () => {
  it('counts a card with an extra badge as one of the grid', () => {
    const badged = `<div><div><a href="/news/9/"><img src="/t/9.jpg" alt=""></a><p><span>Warning</span></p></div><div><h3>EYE POPPING</h3><p><span>Popeye has tricep removed</span></p></div></div>`;
    const grid = `<div>${badged}${card('TIME TRAVELLER', 'Theorists spot Greta in old pic', 2)}${card('DRIVEN', 'A sad story from abroad', 3)}</div>`;
    expect(run(`${PROSE}${grid}`).removed).toHaveLength(3);
  });
});
