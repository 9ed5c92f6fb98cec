import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { printOnlyRule } from './print-only';

const run = (html: string) => declutterFragment(html, [printOnlyRule]);

describe('print-only rule', () => {
  it.each([
    ['a print header with a logo and the address', '<div class="print-header"><img alt="print header logo"><p>https://www.example.com/news/story-123.php</p></div>'],
    ['a "visible-print" block', '<p class="visible-print">Printed from ledger.example</p>'],
    ['a printonly span', '<span class="printonly">Northern Ledger</span>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['print-only']);
  });

  it.each([
    ['a "print" edition note in prose', '<p class="print-edition">The print edition of the newspaper carried the correction on page two, the editor said.</p>'],
    ['an article wrapper a site also marks for print', `<div class="print-only">${PROSE}${PROSE}</div>`],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
