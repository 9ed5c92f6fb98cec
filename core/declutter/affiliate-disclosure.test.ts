import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { affiliateDisclosureRule } from './affiliate-disclosure';

const run = (html: string) => declutterFragment(html, [affiliateDisclosureRule]);
const BODY = `${PROSE}${PROSE}${PROSE}`;

describe('affiliate-disclosure rule', () => {
  it.each([
    ['a notice above a buying guide', `<p>Products are chosen independently by our editors. Purchases made through our links may earn us a commission.</p>${BODY}`],
    ['an editorial note with a link', `<section><p><strong>Editorial Note:</strong> Talk Android may contain affiliate links on some articles. If you make a purchase through these links, we will earn a commission at no extra cost to you. <a href="/affiliate-disclosure/">Learn more</a>.</p></section>${BODY}`],
    ['a notice at the foot', `${BODY}<p><em>As an Amazon Associate we earn from qualifying purchases.</em></p>`],
    ['a French notice', `<p>Cet article contient des liens affiliés : nous pouvons percevoir une commission.</p>${BODY}`],
    ['a German notice', `${BODY}<p>*Affiliate-Links: Bei einem Kauf erhalten wir eine Provision.</p>`],
    ['a Spanish notice', `<p>Este artículo contiene enlaces de afiliados.</p>${BODY}`],
    ['a marked box in the middle', `${PROSE}${PROSE}<div class="commerce-disclaimer">We may earn a commission when you buy through links on our site.</div>${BODY}`],
  ])('removes %s', (_name, html) => {
    expect(run(html).removed.map((removal) => removal.rule)).toEqual(['affiliate-disclosure']);
  });

  it.each([
    ['prose about affiliate marketing in the middle', `${BODY}<p>Creators told us affiliate links pay more than ads, and one said she may earn a commission of 8 percent on a sofa.</p>${BODY}`],
    ['the words inside a sentence at the top', `<p>The regulator says sites that <a href="/rules">use affiliate links</a> must say so clearly, and many do not.</p>${BODY}`],
    ['a long paragraph at the top', `<p>${'Affiliate links are how many small review sites survive, the owners we met said, and some of them may earn a commission on nearly every sale they send to a shop, which changes what they choose to test. '.repeat(2)}</p>${BODY}`],
  ])('spares %s', (_name, html) => {
    expect(run(html).removed).toEqual([]);
  });
});
