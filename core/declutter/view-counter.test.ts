import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { viewCounterRule } from './view-counter';

const run = (html: string) => declutterFragment(html, [viewCounterRule]);

describe('view-counter rule', () => {
  it.each([
    ['an Italian read counter in two spans', '<div class="post-views"><span>3.409</span> <span>letture</span></div>'],
    ['an English view count', '<p>1,204 views</p>'],
    ['a count after its label', '<span>Views: 1.2k</span>'],
    ['a German counter', '<p>Aufrufe 350</p>'],
    ['a Portuguese counter', '<p>2.289 visualizações</p>'],
    ['a Dutch counter', '<p>812 keer gelezen</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['view-counter']);
  });

  it.each([
    ['a counter inside a sentence', '<p>The clip got <span>1,204 views</span> in a day and <span>1 of 4</span> viewers shared it.</p>'],
    ['a sentence about views', '<p>The video had 2 million views within a day, its producer said.</p>'],
    ['a sentence in Italian about readers', '<p>Le letture dei romanzi sono aumentate del 20 per cento nel 2019.</p>'],
    ['a statistics table', '<table><tr><td>Views</td><td>1,204 views</td></tr></table>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
