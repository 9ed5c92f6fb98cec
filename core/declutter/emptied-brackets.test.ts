import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { declutter } from './index';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { emptiedBracketsRule, withoutEmptiedGroups } from './emptied-brackets';

const run = (html: string) => declutterFragment(html, [emptiedBracketsRule]);

/** The paragraph as Readability leaves it after dropping `<span class="footers">`: "[", "-", "]" as separate text nodes. */
function emptiedByReadability(): { removed: { rule: string; text: string }[]; text: string } {
  const page = parseHtml('<!DOCTYPE html><html><body><div id="root"><p>Stress is common among students (ie, aged 18-33 years) [<span class="footers">1</span>-<span class="footers">3</span>], and students report more of it [<span class="footers">4</span>,<span class="footers">5</span>].</p></div></body></html>');
  const root = page.document.getElementById('root')!;
  for (const span of root.querySelectorAll('.footers')) span.remove();
  const removed = declutter(root, { rules: [emptiedBracketsRule] });
  const text = root.textContent ?? '';
  page.close();
  return { removed, text };
}

describe('emptied-brackets rule', () => {
  it('removes citation brackets Readability emptied, left as separate text nodes', () => {
    const { removed, text } = emptiedByReadability();
    expect(removed).toEqual([
      { rule: 'emptied-brackets', text: '[-]' },
      { rule: 'emptied-brackets', text: '[,]' },
    ]);
    expect(text).toBe('Stress is common among students (ie, aged 18-33 years), and students report more of it.');
  });

  it.each([
    ['a range', '<p>The effect was measured twice [–] in later trials.</p>', 'The effect was measured twice in later trials.'],
    ['an empty pair', '<p>Earlier studies [ ] found the same.</p>', 'Earlier studies found the same.'],
    ['empty parentheses', '<p>As reported earlier (), the rate fell.</p>', 'As reported earlier, the rate fell.'],
    ['a list of emptied references', '<p>Several reviews agree [, , ].</p>', 'Several reviews agree.'],
    ['a group opening a paragraph', '<p>[,] The rest of the sentence stays.</p>', ' The rest of the sentence stays.'],
  ])('removes %s', (_name, html, text) => {
    const result = run(html);
    expect(result.removed.map((r) => r.rule)).toEqual(['emptied-brackets']);
    expect(result.text).toBe(text.trim());
  });

  it.each([
    ['a numbered citation', '<p>Stress is common among students [1].</p>'],
    ['a lettered item', '<p>The law lists two cases: (a) theft and (b) fraud.</p>'],
    ['an editor\'s [sic]', '<p>The sign read "Welcome to the libary [sic]".</p>'],
    ['an elision', '<p>He said it "was […] the best day".</p>'],
    ['a call in code', '<p>Call <code>init ()</code> before anything else.</p>'],
    ['a call after a code element', '<p>Call <code>init</code>() before anything else.</p>'],
    ['a call written in prose', '<p>Then call init() and wait.</p>'],
    ['an empty array in a code block', '<pre>const list = [ ];\nconst pair = ( );</pre>'],
    ['a formula', '<p><math><mo>(</mo><mo>)</mo></math> is the empty product.</p>'],
    ['a bracketed number range', '<p>Scores rose [10-20] points.</p>'],
  ])('spares %s', (_name, html) => {
    expect(run(`${PROSE}${html}`).removed).toEqual([]);
  });

  it('drops the same groups from whitespace-free text', () => {
    expect(withoutEmptiedGroups('years)[-],andmore[,].Also[1]and(a)')).toBe('years),andmore.Also[1]and(a)');
  });
});
