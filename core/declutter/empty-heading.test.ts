import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { emptyHeadingRule } from './empty-heading';

const run = (html: string) => declutterFragment(html, [emptyHeadingRule]);

describe('empty-heading rule', () => {
  it.each([
    ['an empty heading', '<h2></h2>'],
    ['a heading of a non-breaking space', '<h3>&nbsp;</h3>'],
    ['a heading that only holds an anchor', '<h2><a name="section-2"></a></h2>'],
    ['a heading of punctuation', '<h4> – </h4>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['empty-heading']);
  });

  it.each([
    ['a heading with words', '<h2>What happens next</h2>'],
    ['a numbered heading', '<h2>2024</h2>'],
    ['a heading that is a picture', '<h2><img src="logo.png" alt="Results"></h2>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
