import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { codeResidueRule } from './code-residue';

const run = (html: string) => declutterFragment(html, [codeResidueRule]);

describe('code-residue rule', () => {
  it.each([
    ['an opening comment mark', '<p>/*</p>'],
    ['a CDATA fence', '<div>//]]&gt;</div>'],
    ['an empty style block', '<span>{ }</span>'],
    ['a closing comment mark', '<p>*/ </p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['code-residue']);
  });

  it.each([
    ['code the article shows', '<pre><code>/* a comment */</code></pre>'],
    ['a counter inside a sentence', '<p>The clip got <span>1,204 views</span> in a day and <span>1 of 4</span> viewers shared it.</p>'],
    ['a sentence that mentions a comment mark', '<p>In C, a comment starts with /* and ends with */, the tutorial explains.</p>'],
    ['a lone dash line', '<p>—</p>'],
    ['an inline code sample', '<p><code>{}</code></p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
