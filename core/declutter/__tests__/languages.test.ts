/**
 * Every rule family fires on the labels of every catalogued language, and the
 * same words inside a sentence of that language are left alone.
 */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../catalogue/index';
import type { LabelCatalogue } from '../catalogue/types';
import { declutterFragment } from '../../../tests/support/dom';

const PROSE: Record<string, (words: string) => string> = {
  en: (w) => `The mayor said that “${w}” was not the main subject of the meeting, according to several people who were there.`,
  fr: (w) => `Le maire a déclaré que « ${w} » n’était pas le sujet principal de la réunion, selon plusieurs témoins présents.`,
  es: (w) => `El alcalde dijo que «${w}» no era el tema principal de la reunión, según varios testigos presentes en la sala.`,
  de: (w) => `Der Bürgermeister sagte, „${w}“ sei nicht das Hauptthema der Sitzung gewesen, so mehrere Zeugen im Saal.`,
  it: (w) => `Il sindaco ha detto che «${w}» non era il tema principale della riunione, secondo diversi testimoni presenti.`,
  pt: (w) => `O presidente da câmara disse que «${w}» não era o tema principal da reunião, segundo várias testemunhas.`,
  nl: (w) => `De burgemeester zei dat „${w}” niet het hoofdonderwerp van de vergadering was, volgens meerdere aanwezigen.`,
};

const FILLER: Record<string, string> = {
  en: 'The council voted on Tuesday to extend the program for another two years, after a long debate about its cost.',
  fr: 'Le conseil a voté mardi la prolongation du programme pour deux ans, après un long débat sur son coût.',
  es: 'El consejo votó el martes prorrogar el programa otros dos años, tras un largo debate sobre su coste.',
  de: 'Der Rat beschloss am Dienstag, das Programm um zwei Jahre zu verlängern, nach langer Debatte über die Kosten.',
  it: 'Il consiglio ha votato martedì la proroga del programma per altri due anni, dopo un lungo dibattito sui costi.',
  pt: 'O conselho votou na terça-feira prolongar o programa por mais dois anos, após um longo debate sobre o custo.',
  nl: 'De raad stemde dinsdag in met verlenging van het programma met twee jaar, na een lang debat over de kosten.',
};

const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Case = [rule: string, clutter: (c: LabelCatalogue) => string, label: (c: LabelCatalogue) => string];
const CASES: Case[] = [
  ['ad-label', (c) => `<p>${title(c.adLabels[0]!)}</p>`, (c) => c.adLabels[0]!],
  ['related-promo', (c) => `<p>${title(c.promoKickers[0]!)}: <a href="/x">${c.lang} headline of another story here</a></p>`, (c) => c.promoKickers[0]!],
  ['video-promo', (c) => `<p>${title(c.videoKickers[0]!)}: <a href="/v">${c.lang} video title here</a></p>`, (c) => c.videoKickers[0]!],
  ['sponsored', (c) => `<div><h3>${title(c.sponsoredLabels[0]!)}</h3><ul><li><a href="https://p.example/1">Teaser one</a></li><li><a href="https://p.example/2">Teaser two</a></li></ul></div>`, (c) => c.sponsoredLabels[0]!],
  ['newsletter', (c) => `<p><a href="/n">${title(c.newsletterPhrases[0]!)}</a> newsletter</p>`, (c) => c.newsletterPhrases[0]!],
  ['comments', (c) => `<h3>${title(c.commentLabels[0]!)}</h3>`, (c) => c.commentLabels[0]!],
  ['site-furniture', (c) => `<p><a href="/e">${title(c.errorReportLabels[0]!)}</a></p>`, (c) => c.errorReportLabels[0]!],
];

describe.each(catalogues.map((c) => [c.lang, c] as const))('%s labels', (lang, catalogue) => {
  const filler = `<p>${FILLER[lang]}</p>`;

  it.each(CASES.map(([rule, clutter, label]) => [rule, clutter, label] as const))('%s fires', (rule, clutter, label) => {
    const result = declutterFragment(`${filler}${clutter(catalogue)}${filler}`);
    // German "Anzeige" marks ads and paid teasers alike; the sponsored rule runs first and may claim it.
    const acceptable = catalogue.sponsoredLabels.includes(label(catalogue)) ? [rule, 'sponsored'] : [rule];
    expect(result.removed.length).toBeGreaterThan(0);
    for (const removal of result.removed) expect(acceptable).toContain(removal.rule);
    expect(result.text).toBe(FILLER[lang]!.repeat(2));
  });

  it.each(CASES.map(([rule, , label]) => [rule, label] as const))('%s spares its label inside a sentence', (_rule, label) => {
    const sentence = PROSE[lang]!(label(catalogue));
    const result = declutterFragment(`${filler}<p>${sentence}</p>`);
    expect(result.removed).toEqual([]);
  });
});
