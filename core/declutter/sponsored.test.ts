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
    ['German "Gesponserte Inhalte"', '<div><h3>Gesponserte Inhalte</h3><ul><li><a href="https://x.example/1">Ärzte verblüfft</a></li></ul></div>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}`);
    expect(result.removed.map((r) => r.rule)).toContain('sponsored');
    expect(result.text).not.toMatch(/sponsor|promoted|trick|credit cards|Ärzte|gesponserte|partnership|roku/i);
    expect(result.text).toContain('The council voted');
  });

  it.each([
    ['a sentence about sponsorship', '<p>The festival, sponsored by a local brewery, drew more than ten thousand people over the weekend.</p>'],
    ['a sentence that starts with "In partnership with"', '<p>In partnership with the city, the charity opened three shelters last winter and plans two more.</p>'],
    ['a paragraph about sponsored content', '<p>Sponsored content has become a major source of revenue for publishers, according to the report released on Monday.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
