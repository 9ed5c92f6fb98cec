import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { tagListRule } from './tag-list';

const run = (html: string) => declutterFragment(html, [tagListRule]);

describe('tag-list rule', () => {
  it.each([
    ['a list with a tags class', '<ul class="post-tags"><li><a href="/t/politics">Politics</a></li><li><a href="/t/ohio">Ohio</a></li><li><a href="/t/vote">Elections</a></li></ul>'],
    ['WordPress rel="tag" links with a label', '<p>Tags: <a rel="tag" href="/tag/a">Black Friday</a>, <a rel="tag" href="/tag/b">Nostalgia</a></p>'],
    ['a topics row', '<div class="article-topics"><a href="/t/1">Health</a> <a href="/t/2">Fitness</a> <a href="/t/3">Running</a></div>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['tag-list']);
  });

  it.each([
    ['a paragraph with two links in a tags-named wrapper', '<p class="tags-intro">The <a href="/a">council</a> and the <a href="/b">mayor</a> disagreed about the budget for the third year running, records show.</p>'],
    ['a list of sources without tag marks', '<ul><li><a href="https://a.example">Report</a></li><li><a href="https://b.example">Data</a></li></ul>'],
    ['a tags section with a sentence in it', '<div class="tags"><p>We tagged this story as developing news because the vote count continues tonight and results will change.</p></div>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
