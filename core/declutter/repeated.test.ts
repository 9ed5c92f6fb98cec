import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { repeatedRule } from './repeated';

const run = (html: string) => declutterFragment(html, [repeatedRule]);
const CAPTION = 'A long row of unsold sports-utility vehicles sits at a dealership in Littleton, Colorado.';

describe('repeated rule', () => {
  it('keeps the first of identical captions and removes the rest', () => {
    const slides = [1, 2, 3].map(() => `<figure><img src="a.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`).join('');
    const result = run(`${PROSE}${slides}`);
    expect(result.removed).toEqual([
      { rule: 'repeated', text: CAPTION },
      { rule: 'repeated', text: CAPTION },
    ]);
    expect(result.text.split(CAPTION)).toHaveLength(2);
  });

  it('treats WordPress classic captions (div.wp-caption > p.wp-caption-text) as captions', () => {
    const slide = (i: number) =>
      `<div id="attachment_${i}" class="wp-caption aligncenter"><p><img src="${i}.jpg" alt=""></p><p class="wp-caption-text">${CAPTION}</p></div>`;
    const result = run(`${slide(1)}${PROSE}${slide(2)}${PROSE}${slide(3)}`);
    expect(result.removed).toEqual([
      { rule: 'repeated', text: CAPTION },
      { rule: 'repeated', text: CAPTION },
    ]);
    expect(result.text.split(CAPTION)).toHaveLength(2);
  });

  it('removes a pull quote that repeats a paragraph', () => {
    const quote = '“We are choosing how long we want to wait before we make the big decision,” the engineer said.';
    const result = run(`<p>${quote}</p>${PROSE}<blockquote><p>${quote}</p></blockquote>`);
    expect(result.removed.map((r) => r.rule)).toEqual(['repeated']);
  });

  it.each([
    ['a line nested in a wrapper with the same text', `<blockquote><p>${CAPTION}</p></blockquote>`],
    ['short repeated lines (a chorus, a refrain)', '<p>Go, go, go.</p><p>Go, go, go.</p>'],
    ['a refrain repeated in paragraphs', `<p>${CAPTION}</p><p>Another verse between them.</p><p>${CAPTION}</p>`],
    ['similar but different lines', `<p>${CAPTION}</p><p>${CAPTION.replace('Colorado', 'Ohio')}</p>`],
  ])('spares %s', (_name, html) => {
    expect(run(`${PROSE}${html}`).removed).toEqual([]);
  });
});

describe('repeated rule never cuts inside a sentence', () => {
  it('keeps the bold opening sentence of list items that repeats a summary line', () => {
    const lead = 'Apple raised its forecast for the holiday quarter.';
    const summary = `<ul><li>${lead}</li><li>Samsung cut prices across its phone range.</li></ul>`;
    const detail = `<ol><li><strong>${lead}</strong> The company confirmed it on Monday, citing strong demand.</li></ol>`;
    const result = run(`${PROSE}${summary}${PROSE}${detail}`);
    expect(result.removed).toEqual([]);
    expect(result.text).toContain(`${lead} The company confirmed it on Monday`);
  });

  it('still removes a repeated caption that is a line of its own', () => {
    const result = run(`${PROSE}<figure><figcaption>${CAPTION}</figcaption></figure><ul><li><em>${CAPTION}</em></li></ul>`);
    expect(result.removed).toEqual([{ rule: 'repeated', text: CAPTION }]);
  });
});

