import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/unit/support/dom';
import { teaserLists } from './teaser-lists';

const run = (html: string) => declutterFragment(html, [teaserLists]);

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
    const result = run(`${PROSE}<div class="wrapper">${EN.join('')}</div>`);
    expect(result.removed.map((r) => r.rule)).toEqual(['teaser-list', 'teaser-list', 'teaser-list']);
    expect(result.removed[0]!.text).toMatch(/^LIFE AFTER FEDERER\s?The Future/);
    expect(result.text).toBe('The council voted on Tuesday to extend the program for another two years, after a long debate about its cost and its results so far.');
  });

  it.each([
    ['French', teaser('À LA UNE', 'Le Sénat adopte le budget après une longue nuit', 'Les sénateurs ont voté le texte à l’aube, après douze heures de débats.', 1) + teaser('FAITS DIVERS', 'Un incendie détruit un entrepôt à Lyon', 'Les pompiers sont intervenus pendant toute la nuit.', 2)],
    ['Spanish', teaser('ÚLTIMA HORA', 'El Senado aprueba el presupuesto tras una larga noche', 'Los senadores votaron el texto al amanecer, tras doce horas de debate.', 1) + teaser('SUCESOS', 'Un incendio destruye un almacén en Sevilla', 'Los bomberos trabajaron durante toda la noche.', 2)],
    ['German', teaser('EILMELDUNG', 'Senat beschließt den Haushalt nach langer Nacht', 'Die Senatoren stimmten im Morgengrauen ab, nach zwölf Stunden Debatte.', 1) + teaser('ÜBERGRIFF', 'Brand zerstört Lagerhalle in Köln', 'Die Feuerwehr war die ganze Nacht im Einsatz.', 2)],
  ])('removes %s teasers (two are a list)', (_lang, cards) => {
    const result = run(`${PROSE}<div>${cards}</div>`);
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
  ])('spares %s', (_name, html) => {
    expect(run(`${PROSE}${html}`).removed).toEqual([]);
  });
});
