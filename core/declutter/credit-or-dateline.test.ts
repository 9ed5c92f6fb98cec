import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { creditOrDatelineRule } from './credit-or-dateline';

const run = (html: string) => declutterFragment(html, [creditOrDatelineRule]);

describe('credit-or-dateline rule', () => {
  it.each([
    ['a photo credit', '<p>Photo: Damian Dovarganes, AP</p>'],
    ['"Image copyright Getty Images"', '<span>Image copyright Getty Images</span>'],
    ['a bare agency credit', '<p>Getty Images</p>'],
    ['a byline with a date', '<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>'],
    ['a posted line', '<p>Posted on March 30, 2015 by Admin</p>'],
    ['a date alone', '<div>November 18, 2019 | 4:10pm</div>'],
    ['a reading-time line', '<p>Reading time: 4 minutes</p>'],
    ['a "Filed under" line', '<p>Filed under: <a href="/t/politics">Politics</a></p>'],
    ['a French dateline', '<p>Publié le 12 mars 2024 à 10h32</p>'],
    ['a Spanish credit', '<p>Foto: Juan Pérez / EFE</p>'],
    ['a credit written with an ellipsis, in two spans', '<figcaption><span>Credit...</span><span>Doug Mills/The New York Times</span></figcaption>'],
    ['a labelled credit ending a caption', '<figcaption>A hunter killed and ate a rabbit<span>Credit: Getty - Contributor</span></figcaption>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['credit-or-dateline']);
  });

  it.each([
    ['a caption that starts with "Photo:"', '<p>Photo: Jose Mourinho, left, has replaced Mauricio Pochettino as manager of Tottenham Hotspur this week</p>'],
    ['a sentence starting with "By"', '<p>By November 18, 2019, the council had spent its whole budget.</p>'],
    ['a sentence with a date', '<p>The bridge opened on March 3, 2021, after two years of work.</p>'],
    ['a sentence about a photograph', '<p>Photographs from the scene show the roof torn away.</p>'],
    ['"Published" opening a sentence', '<p>Published in 1998, the book sold a million copies.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});

describe('credit-or-dateline rule, agency credits', () => {
  it.each([
    ['a pipe-separated agency credit', '<p>Natalie Naccache | Bloomberg | Getty Images</p>'],
    ['a parenthesised credit', '<p>(Image: © TNG Collaboration)</p>'],
  ])('removes %s', (_name, clutter) => {
    expect(run(`${PROSE}${clutter}`).removed.map((r) => r.rule)).toEqual(['credit-or-dateline']);
  });

  it('spares a sentence that ends with an agency name', () => {
    expect(run(`${PROSE}<p>The figures were first reported by Reuters.</p>`).removed).toEqual([]);
  });
});

describe('credit-or-dateline rule, relative times and leftovers', () => {
  it.each([
    ['a relative publication time', '<p>Published 1 day ago</p>'],
    ['a lone "By"', '<p>By</p>'],
  ])('removes %s', (_name, clutter) => {
    expect(run(`${PROSE}${clutter}`).removed.map((r) => r.rule)).toEqual(['credit-or-dateline']);
  });
});

describe('credit-or-dateline rule, wire credits', () => {
  it.each([
    ['a Reuters credit line', '<p>(Reporting by Greg Roumeliotis and Joshua Franklin; Editing by Richard Chang)</p>'],
    ['an unbracketed Reuters credit line', '<p>Reporting by Rodrigo Campos; Editing by Leslie Adler</p>'],
  ])('removes %s', (_name, clutter) => {
    expect(run(`${PROSE}${clutter}`).removed.map((r) => r.rule)).toEqual(['credit-or-dateline']);
  });

  it.each([
    ['a sentence about reporting', '<p>Reporting by local journalists first exposed the contract, the inquiry found.</p>'],
    ['an AP contributor line', '<p>Associated Press writers Alan Fram and Zeke Miller contributed to this report.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});

describe('credit-or-dateline rule never cuts inside a sentence', () => {
  it.each([
    ['an agency named in a sentence', '<p>The attorney general is investigating, according to <a href="/r">Reuters</a>.</p>', 'according to Reuters.'],
    ['a wire dateline opening a story', '<p>NEW YORK (<span>Reuters</span>) — The attorney general is investigating the company.</p>', '(Reuters) — The attorney'],
    ['a date closing a quoted post', '<blockquote><p>We will not back down. — A. Senator (@senator) <a href="/s/1">October 9, 2018</a></p></blockquote>', 'October 9, 2018'],
    ['the bold credit word inside a caption sentence', '<figcaption>Our thanks to <b>Photo:</b> the archive team, who found it</figcaption>', 'Photo: the archive'],
  ])('spares %s', (_name, html, kept) => {
    const result = run(`${PROSE}${html}${PROSE}`);
    expect(result.removed).toEqual([]);
    expect(result.text).toContain(kept);
  });

  it('removes the caption credit and keeps the caption whole', () => {
    const result = run(`${PROSE}<figure><img src="a.jpg" alt=""><figcaption>Protesters wore masks <span>(Image: GETTY )</span></figcaption></figure>`);
    expect(result.removed).toEqual([{ rule: 'credit-or-dateline', text: '(Image: GETTY )' }]);
    expect(result.text).toContain('Protesters wore masks');
  });
});

