import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { commentsRule } from './comments';

const run = (html: string) => declutterFragment(html, [commentsRule]);

describe('comments rule', () => {
  it.each([
    ['a "Comments" heading', '<h3>Comments</h3>'],
    ['a comment count link', '<p><a href="#comments">12 comments</a></p>'],
    ['a thread named by class', '<div class="comment-list"><p>Great article!</p><p>I disagree with the author on this one.</p></div>'],
    ['"Join the conversation"', '<p>Join the conversation</p>'],
    ['German', '<h3>Kommentare</h3>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}`);
    expect(result.removed.map((r) => r.rule)).toContain('comments');
    expect(result.text).not.toMatch(/comment|conversation|great article|kommentare/i);
  });

  it.each([
    ['prose quoting comments', '<p>Comments from residents were overwhelmingly negative, the planning department said in its summary.</p>'],
    ['a "No comment" quote', '<p>“No comment,” the spokesperson said.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
