import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { adLabelRule } from './ad-label';

const run = (html: string) => declutterFragment(html, [adLabelRule]);

describe('ad-label rule', () => {
  it.each([
    ['a bare label paragraph', '<p>Story continues below advertisement</p>'],
    ['a label in a named wrapper with an empty slot', '<div class="ad-container"><div class="ad-label">Advertisement</div><div id="gpt-ad-1"></div></div>'],
    ['a label in an aside', '<aside><span>ADVERTISEMENT</span></aside>'],
    ['a label with trailing punctuation', '<div><small>Continue reading below…</small></div>'],
    ['a French label', '<p>Publicité</p>'],
    ['a German label', '<div>Anzeige</div>'],
    ['a Spanish label', '<p>Publicidad</p>'],
    ['a label joined to its "continue reading" line', '<p>Advertisement - Continue Reading Below</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toContain('ad-label');
    expect(result.text).not.toMatch(/advertisement|publicité|anzeige|publicidad|continue reading/i);
    expect(result.text).toContain('The council voted');
  });

  it('removes an empty ad slot found by its class name and reports it', () => {
    const result = run(`${PROSE}<div class="dfp-ad" id="div-gpt-ad-123"></div>${PROSE}`);
    expect(result.removed).toEqual([{ rule: 'ad-label', text: '' }]);
    expect(result.html).not.toContain('dfp-ad');
  });

  it.each([
    ['a paragraph about advertising', '<p>Advertisement spending fell sharply last year, and the story continues below the surface of the industry figures.</p>'],
    ['a sentence ending with the word', '<p>She said the campaign was, in the end, just another advertisement.</p>'],
    ['a heading about advertising', '<h2>Advertisement revenue in the digital age</h2>'],
    ['an image in an ad-named container', '<figure class="ad-hoc-gallery"><img src="a.jpg" alt="The harbour"></figure>'],
  ])('spares %s', (_name, prose) => {
    const result = run(`${PROSE}${prose}`);
    expect(result.removed).toEqual([]);
  });
});
