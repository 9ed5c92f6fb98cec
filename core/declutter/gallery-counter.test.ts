import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { galleryCounterRule } from './gallery-counter';

const run = (html: string) => declutterFragment(html, [galleryCounterRule]);

describe('gallery-counter rule', () => {
  it.each([
    ['"1 of 23" in spans', '<div class="slide-count"><span>1</span><span> of </span><span>23</span></div>'],
    ['"Image 1 of 5"', '<p>Image 1 of 5</p>'],
    ['"Image 1 of / 23" with a slash', '<div>Image <span>1</span> <span>of</span> <span>/</span> <span>23</span></div>'],
    ['"3 / 12" in parentheses', '<figcaption>(3 / 12)</figcaption>'],
    ['German "Bild 2 von 8"', '<p>Bild 2 von 8</p>'],
    ['Spanish "Foto 1 de 4"', '<p>Foto 1 de 4</p>'],
    ['Italian "1 di 6"', '<span>1 di 6</span>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['gallery-counter']);
  });

  it.each([
    ['a counter inside a sentence', '<p>The clip got <span>1,204 views</span> in a day and <span>1 of 4</span> viewers shared it.</p>'],
    ['a sentence with a count', '<p>Only 1 of 4 applicants was accepted, the university said on Monday.</p>'],
    ['a score in a table', '<table><tr><td>3 of 10</td></tr></table>'],
    ['a heading with a count and words', '<h2>Image 1 of the series: the harbour</h2>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
