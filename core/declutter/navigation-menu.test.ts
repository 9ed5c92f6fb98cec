import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { navigationMenuRule } from './navigation-menu';

const run = (html: string) => declutterFragment(html, [navigationMenuRule]);
const menu = (items: string[]) => `<ul>${items.map((item) => `<li><a href="/${item}">${item}</a></li>`).join('')}</ul>`;

describe('navigation rule', () => {
  it.each([
    ['a section menu', menu(['Home', 'News', 'Sports', 'Business', 'Real estate'])],
    ['a nav element of links', '<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>'],
    ['"Skip to content"', '<p><a href="#main">Skip to content</a></p>'],
    ['"Enlarge image"', '<div><span>Enlarge Image</span></div>'],
    ['"View author archive"', '<p><a href="/author/x">View author archive</a></p>'],
    ['German "Zurück nach oben"', '<p><a href="#top">Zurück nach oben</a></p>'],
    ['an interactive\'s "hover to reveal" hint', '<div class="hint"><div>hover to reveal</div></div>'],
    ['French "Cliquez pour agrandir"', '<p><span>Cliquez pour agrandir</span></p>'],
    ['Dutch "Tik om te zien"', '<div>Tik om te zien</div>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toContain('navigation-menu');
    expect(result.text).toBe('The council voted on Tuesday to extend the program for another two years, after a long debate about its cost and its results so far.'.repeat(2));
  });

  it.each([
    ['a list of short plain items', '<ul><li>Flour</li><li>Eggs</li><li>Milk</li><li>Butter</li></ul>'],
    ['a list of linked sources with sentences', `<ul>${['The audit report of 2019 on the bridge', 'The engineering study', 'The council minutes from March', 'The state grant rules'].map((t) => `<li><a href="/d">${t}</a></li>`).join('')}</ul>`],
    ['three short links', menu(['One', 'Two', 'Three'])],
    ['prose with the word "home"', '<p>Home, she said, was wherever the next job took them.</p>'],
    ['prose with a reveal instruction', '<p>Hover to reveal the answer, the quiz told players, but most of them guessed first.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});

describe('navigation rule, picture badges', () => {
  it('removes a photo-count badge inside a figure', () => {
    const figure = '<figure><div><p><a href="#"><img src="a.jpg" alt="The hospital"></a></p><p><span>6</span></p></div><figcaption>The hospital where patients were treated</figcaption></figure>';
    const result = run(`${PROSE}${figure}`);
    expect(result.removed).toEqual([{ rule: 'navigation-menu', text: '6' }]);
    expect(result.text).toContain('The hospital where patients were treated');
  });

  it('spares a number outside a figure', () => {
    expect(run(`${PROSE}<p>42</p>`).removed).toEqual([]);
  });
});
