import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { sponsoredRule } from './sponsored';

const run = (html: string) => declutterFragment(html, [sponsoredRule]);

describe('sponsored rule', () => {
  it.each([
    ['a "Sponsored content" widget', '<div><h3>Sponsored content</h3><ul><li><a href="https://x.example/1">Doctors stunned by this trick</a></li><li><a href="https://x.example/2">Homeowners switch insurance</a></li></ul></div>'],
    ['a label followed by teaser links', '<p>Sponsored content</p><div><a href="https://x.example/1">One weird trick</a> <a href="https://x.example/2">You won’t believe it</a></div>'],
    ['a lone label at the end', '<p>Sponsored content</p>'],
    ['an Outbrain block by class', '<div class="OUTBRAIN" data-widget-id="AR_1"><a href="https://x.example">Promoted headline</a></div>'],
    ['a "Sponsored:" kicker', '<p>Sponsored: <a href="https://x.example">The best credit cards of the year</a></p>'],
    ['an "In partnership with" block', '<div><p>In partnership with</p><p><a href="https://ads.example"><img src="https://ads.example/logo.png" alt="Roku"></a></p><p><a href="https://ads.example/offer">Find customers on Roku this holiday season</a></p></div>'],
    [
      'a newsletter\'s sponsor section, flat between its own sections',
      '<div id="find-customers"><h3><span>Find customers on Roku this holiday season</span></h3></div><div><a href="https://advertising.roku.example/holidays?utm_medium=paid_newsletter&amp;utm_source=beehiiv"><img src="https://media.example/banner.png" alt=""></a></div><div><p>Now through the end of the year is prime streaming time, with viewers spending hours each day. <a href="https://advertising.roku.example/holidays?utm_medium=paid_newsletter">Roku Ads Manager</a> simplifies campaign setup.</p></div><div><p>Bonus: we are gifting you ad credits when you spend your first dollars.</p></div><h2>Events to watch</h2><p>The council voted again.</p>',
    ],
    [
      'a sponsor section tagged by an ad network\'s click id',
      '<h2>Try the new planner app</h2><p>Plan your week in two minutes with <a href="https://planner.example/?_bhiiv=opp_1234">Planner</a>, free for a month.</p>',
    ],
    [
      'a pitch to advertisers at the foot of a newsletter',
      '<div><h2><strong>Collaborate with us</strong></h2></div><div><p>Get your brand in front of a fast-growing audience of founders and investors.</p></div><div><p>Ready to get noticed? Explore sponsorship opportunities. Send us an email at <a href="mailto:ads@news.example">ads@news.example</a>.</p></div>',
    ],
    ['a German pitch to advertisers', '<h3>Werben bei uns</h3><p>Erreichen Sie unsere Leser mit Ihrer Marke: Mediadaten auf Anfrage.</p>'],
    ['a Spanish pitch to advertisers', '<h3>Anúnciate con nosotros</h3><p>Llega a miles de lectores cada semana con tu marca.</p>'],
    ['German "Gesponserte Inhalte"', '<div><h3>Gesponserte Inhalte</h3><ul><li><a href="https://x.example/1">Ärzte verblüfft</a></li></ul></div>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}`);
    expect(result.removed.map((r) => r.rule)).toContain('sponsored');
    expect(result.text).not.toMatch(/sponsor|promoted|trick|credit cards|Ärzte|gesponserte|partnership|roku|collaborate|werben|anúnciate/i);
    expect(result.text).toContain('The council voted');
  });

  it.each([
    ['a sentence about sponsorship', '<p>The festival, sponsored by a local brewery, drew more than ten thousand people over the weekend.</p>'],
    ['a sentence that starts with "In partnership with"', '<p>In partnership with the city, the charity opened three shelters last winter and plans two more.</p>'],
    ['a paragraph about sponsored content', '<p>Sponsored content has become a major source of revenue for publishers, according to the report released on Monday.</p>'],
    [
      'a section whose links are the writer\'s sources, one of them from a campaign',
      '<h2>What the studies say</h2><p>Two <a href="https://journal.example/a">studies</a> and a <a href="https://agency.example/b">report</a> agree, as does <a href="https://brand.example/?utm_medium=paid">a brand</a> that funded none of them and a <a href="https://uni.example/c">university</a>.</p>',
    ],
    ['a pitch heading before a section of the story', `<h2>Partner with us</h2><p>The charity asked local firms to sponsor the shelters.</p>${PROSE.repeat(6)}`],
    ['a pitch heading followed by more of the story', `<h2>Partner with us</h2><p>The charity asked local firms to sponsor the shelters.</p><h2>What comes next</h2>${PROSE}`],
    ['a section with a plain campaign link', '<h2>Sources</h2><p>See the <a href="https://agency.example/report?utm_medium=email&amp;utm_source=newsletter">agency report</a> for the figures.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
