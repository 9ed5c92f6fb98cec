import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { declutter } from './index';
import { teaserListRule } from './teaser-list';

const run = (html: string) => declutterFragment(html, [teaserListRule]);
/** An article long enough that a few teasers after it are a small part of the page. */
const ARTICLE = PROSE.repeat(6);

const teaser = (kicker: string, headline: string, summary: string, i: number) =>
  `<div class="col"><article><a href="/story/${i}"><picture><img src="/t/${i}.jpg" alt=""></picture></a>` +
  `<header><p>${kicker}</p><h2><a href="/story/${i}">${headline}</a></h2></header><p>${summary}</p></article></div>`;

const EN = [
  teaser('LIFE AFTER FEDERER', 'The Future Of Men\'s Tennis Is Finally Here', 'When the three greatest players ever happen to have been born within six years of one another, the next generation waits.', 1),
  teaser('\'A NATIONAL TRAGEDY\'', 'Watching This Koala Get Rescued Is Heart-Wrenching', 'Dozens of bushfires are spreading across Australia, burning across more than two million acres.', 2),
  teaser('FAR OUT, MAN', 'The Most Remote Places In The World, Visualized', 'If you have ever driven through a sparsely populated rural area, you have thought of it as the middle of nowhere.', 3),
];

describe('teaser-list rule', () => {
  it('removes sibling teasers of kicker, linked headline and summary, and reports each', () => {
    const result = run(`${ARTICLE}<div class="wrapper">${EN.join('')}</div>`);
    expect(result.removed.map((r) => r.rule)).toEqual(['teaser-list', 'teaser-list', 'teaser-list']);
    expect(result.removed[0]!.text).toMatch(/^LIFE AFTER FEDERER The Future/);
    expect(result.text).toBe(Array(6).fill('The council voted on Tuesday to extend the program for another two years, after a long debate about its cost and its results so far.').join(''));
  });

  it.each([
    ['French', teaser('À LA UNE', 'Le Sénat adopte le budget après une longue nuit', 'Les sénateurs ont voté le texte à l’aube, après douze heures de débats.', 1) + teaser('FAITS DIVERS', 'Un incendie détruit un entrepôt à Lyon', 'Les pompiers sont intervenus pendant toute la nuit.', 2)],
    ['Spanish', teaser('ÚLTIMA HORA', 'El Senado aprueba el presupuesto tras una larga noche', 'Los senadores votaron el texto al amanecer, tras doce horas de debate.', 1) + teaser('SUCESOS', 'Un incendio destruye un almacén en Sevilla', 'Los bomberos trabajaron durante toda la noche.', 2)],
    ['German', teaser('EILMELDUNG', 'Senat beschließt den Haushalt nach langer Nacht', 'Die Senatoren stimmten im Morgengrauen ab, nach zwölf Stunden Debatte.', 1) + teaser('ÜBERGRIFF', 'Brand zerstört Lagerhalle in Köln', 'Die Feuerwehr war die ganze Nacht im Einsatz.', 2)],
  ])('removes %s teasers (two are a list)', (_lang, cards) => {
    const result = run(`${ARTICLE}<div>${cards}</div>`);
    expect(result.removed.map((r) => r.rule)).toEqual(['teaser-list', 'teaser-list']);
  });

  const item = (heading: string, body: string, i: number) =>
    `<div><h2><a href="https://shop.example/p/${i}">${heading}</a></h2><img src="/p/${i}.jpg" alt=""><p>${body}</p></div>`;
  const longSummary = 'The council voted on Tuesday to extend the program. '.repeat(8);

  it.each([
    ['one teaser alone', `<div>${EN[0]}</div>`],
    ['listicle items with linked headings but no kicker', `<div>${item('The best stain-resistant sheets', 'These sheets washed well and kept their colour.', 1)}${item('The best budget duvet', 'Warm enough for most winters, and light.', 2)}</div>`],
    ['items whose summary is a whole story', `<div>${teaser('LIFE AFTER FEDERER', 'The Future Of Men\'s Tennis Is Here', longSummary, 1)}${teaser('FAR OUT, MAN', 'The Most Remote Places In The World', longSummary, 2)}</div>`],
    ['items whose text links to several places', `<div>${[1, 2].map((i) => `<div><p>UPDATE ${i}</p><h3><a href="/a/${i}">The mayor answers the council</a></h3><p>She cited <a href="/b/${i}">the report</a> and the budget.</p></div>`).join('')}</div>`],
    ['a capitals line that follows the headline', `<div>${[1, 2].map((i) => `<div><h3><a href="/a/${i}">The mayor answers the council</a></h3><p>READ THE REPLY</p></div>`).join('')}</div>`],
    ['items separated by prose', `<div>${EN[0]}${PROSE}${EN[1]}</div>`],
    [
      'a "what to know" list whose links sit inside sentences',
      `<ul>${[1, 2, 3].map((i) => `<li><p>WHAT HAPPENED</p><p>The council <a href="/council/${i}">voted to close the bridge</a> for six weeks of repairs.</p></li>`).join('')}</ul>`,
    ],
  ])('spares %s', (_name, html) => {
    expect(run(`${ARTICLE}${html}`).removed).toEqual([]);
  });

  it('spares a product round-up whose headlines lead to a shop, on a page with a real address', () => {
    const picks = (href: (i: number) => string) =>
      `<div>${[1, 2].map((i) => `<div><p>BEST OVERALL</p><h3><a href="${href(i)}">Brooklinen Linen Core Sheet Set</a></h3><p>Linen breathes, softens with every wash and keeps its colour.</p></div>`).join('')}</div>`;
    const at = (html: string) => {
      const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${ARTICLE}${html}</div></body></html>`, 'https://www.news.example/reviews/sheets');
      const removed = declutter(page.document.getElementById('root')!, { rules: [teaserListRule] });
      page.close();
      return removed.length;
    };
    expect(at(picks((i) => `https://www.amazon.com/dp/${i}`))).toBe(0);
    // The same cards leading to this site's own stories are teasers.
    expect(at(picks((i) => `https://www.news.example/reviews/other-${i}`))).toBe(2);
  });

  it('spares a briefing whose items are the article (kicker, linked headline, summary, and little else)', () => {
    expect(run(`<p>Good morning. Here is what you need to know today.</p><div>${EN.join('')}</div>`).removed).toEqual([]);
  });
});
