import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { relatedPromoRule } from './related-promo';

const run = (html: string) => declutterFragment(html, [relatedPromoRule]);

describe('related-promo rule', () => {
  it.each([
    ['READ MORE with a link', '<p><strong>READ MORE:</strong> <a href="/a">Canada will withdraw from Iraq if government expels all foreign troops</a></p>'],
    ['READ MORE as plain text in a div', '<div>READ MORE: ‘A significant shift’: Canadian commander explains how troops are responding</div>'],
    ['Related: with a link', '<p>Related: <a href="/b">City hall braces for budget fight</a></p>'],
    ['a kicker in its own element without colon', '<p><b>Related</b> <a href="/c">Storm knocks out power to thousands</a></p>'],
    ['French "À lire aussi"', '<p>À lire aussi : <a href="/d">La réforme des retraites adoptée</a></p>'],
    ['Spanish "Lee también"', '<p>Lee también: <a href="/e">El Gobierno aprueba los presupuestos</a></p>'],
    ['German "Mehr zum Thema"', '<p>Mehr zum Thema: <a href="/f">Bundestag beschließt Haushalt</a></p>'],
    ['a "Related stories" list', '<h3>Related stories</h3><ul><li><a href="/1">One headline here</a></li><li><a href="/2">Another headline here</a></li></ul>'],
    ['a "Trending now" box', '<div><h4>Trending Now</h4><ol><li><a href="/1">Hockey night ends in overtime</a></li><li><a href="/2">Budget unveiled</a></li></ol></div>'],
    ['a promo block named by class', '<div class="inline-related"><a href="/x">Mayor resigns after scandal</a> <a href="/y">Police name suspect</a></div>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.length).toBeGreaterThan(0);
    expect(result.removed.every((r) => r.rule === 'related-promo')).toBe(true);
    expect(result.text).toBe(
      'The council voted on Tuesday to extend the program for another two years, after a long debate about its cost and its results so far.'.repeat(2),
    );
  });

  it.each([
    ['a quote containing "read more"', '<p>“I told them to read more: books, papers, anything,” the teacher said of her students.</p>'],
    ['"Related:" starting a full sentence', '<p>Related: the company also said it would close two plants in Ohio next year.</p>'],
    ['a paragraph mentioning related stories', '<p>More than a dozen related stories have appeared in the paper since the investigation began in March.</p>'],
    ['a real section heading', '<h2>More to come</h2><p>The inquiry will hear from witnesses in the spring, and its report is due at the end of next year.</p>'],
    ['"Read more" as an ordinary sentence start', '<p>Read more carefully, the contract shows that the city kept every right to cancel it.</p>'],
  ])('spares %s', (_name, prose) => {
    const result = run(`${PROSE}${prose}`);
    expect(result.removed).toEqual([]);
  });
});

describe('related-promo rule, other markings', () => {
  it.each([
    ['a bracketed kicker', '<p>[Related: Salesforce keynote draws protesters]</p>'],
    ['"SEE MORE:"', '<p>SEE MORE: <a href="/s">Hong Kong protests: students under siege</a></p>'],
    ['a "Don\'t miss" box', '<p>DON\'T MISS</p><p><a href="/a">China furious at Macron</a> | <a href="/b">Lakers vs Nets</a></p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toContain('related-promo');
    expect(result.text).not.toMatch(/salesforce|hong kong|macron|don't miss/i);
  });

  it('spares "Also:" followed by a sentence', () => {
    expect(run(`${PROSE}<p>Also: the council will meet again on Friday to vote on the budget.</p>`).removed).toEqual([]);
  });
});

describe('related-promo rule and link-dense prose', () => {
  it('spares a paragraph full of hovercard links when its own words are prose', () => {
    const names = '<span class="related-people"><a href="/p/1">Ilhan Omar</a><a href="/p/1b">Ilhan Omar</a><a href="/n/1">Hillicon Valley: Progressives oppose funding bill over surveillance authority</a></span>';
    const paragraph = `<p class="related-people-block">A New York man pleaded guilty to charges he threatened to kill Rep. ${names} over her remarks, prosecutors said.</p>`;
    expect(run(`${PROSE}${paragraph}`).removed).toEqual([]);
  });
});

describe('related-promo rule inside a sentence', () => {
  it('removes a hovercard of story links but keeps the sentence around it', () => {
    const card = '<span class="card"><a href="/p/omar">Ilhan Omar</a><a href="/s/1">Hillicon Valley: Progressives oppose funding bill</a> <a href="/s/2">Omar asks court for compassion</a> <a class="more" href="/p/omar">MORE</a></span>';
    const paragraph = `<p>A New York man pleaded guilty to charges he threatened to kill Rep. <span><a href="/p/omar">Ilhan Omar</a>${card}</span> (D-Minn.), the U.S. Attorney’s Office said on Tuesday.</p>`;
    const result = run(`${PROSE}${paragraph}`);
    expect(result.text).toContain('A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office said on Tuesday.');
    expect(result.text).not.toContain('Hillicon');
  });
});

describe('related-promo rule, unlabelled headline lists', () => {
  const headlines = ['YouTubers must unionize, no matter what Google says', 'Paid political ads are not the problem', 'Could an astronaut use gravity to get around?'];

  it('removes a "More Great … Stories" label with its list of partly linked headlines', () => {
    const list = '<ul><li>YouTubers must unionize, <a href="/s/1">no matter what Google says</a></li><li>Paid political ads are not the problem. <a href="/s/2">Our perceptions are</a></li><li>Could an astronaut lost in space <a href="/s/3">use gravity to get around</a>?</li></ul>';
    const result = run(`${PROSE}<p>More Great WIRED Stories</p>${list}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['related-promo', 'related-promo']);
    expect(result.text).not.toMatch(/YouTubers|astronaut|More Great/);
  });

  it('keeps a list after a promo label when its items are not headlines with links', () => {
    const result = run(`${PROSE}<p>More Great WIRED Stories</p><ul><li>The first point the story makes, in a full sentence of its own.</li><li>The second point.</li></ul>`);
    expect(result.text).toContain('The second point.');
  });

  it('removes a list of three or more linked headlines', () => {
    const list = `<ul>${headlines.map((h, i) => `<li><a href="/s/${i}">${h}</a></li>`).join('')}</ul>`;
    const result = run(`${PROSE}${list}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['related-promo']);
    expect(result.text).not.toMatch(/YouTubers|astronaut/);
  });

  it('removes a run of three linked headline paragraphs', () => {
    const run3 = headlines.map((h, i) => `<p><a href="/s/${i}">${h}</a></p>`).join('');
    expect(run(`${PROSE}${run3}${PROSE}`).removed).toHaveLength(3);
  });

  it.each([
    ['two linked headlines', headlines.slice(0, 2).map((h, i) => `<p><a href="/s/${i}">${h}</a></p>`).join('')],
    ['a list of sources with explanations', `<ul>${headlines.map((h, i) => `<li><a href="/s/${i}">${h}</a>, a report that the committee cited twice</li>`).join('')}</ul>`],
    ['a list of plain items', `<ul>${headlines.map((h) => `<li>${h}</li>`).join('')}</ul>`],
  ])('spares %s', (_name, html) => {
    expect(run(`${PROSE}${html}`).removed).toEqual([]);
  });
});

describe('related-promo rule, lists the story introduces', () => {
  const bugs = ['Bug 1677080 – Fullscreen window is affected by switching video source', 'Bug 1677107 – Add telemetry for tracking usage', 'Bug 1681 – Keyboard controls for the player'];
  const list = `<ul>${bugs.map((b, i) => `<li><a href="/b/${i}">${b}</a></li>`).join('')}</ul>`;

  it('spares a linked list introduced by a line ending with a colon', () => {
    expect(run(`${PROSE}<p>Still in progress this week:</p>${list}`).removed).toEqual([]);
  });

  it('spares a linked list nested in a list item', () => {
    expect(run(`${PROSE}<ul><li>In progress${list}</li></ul>`).removed).toEqual([]);
  });
});
