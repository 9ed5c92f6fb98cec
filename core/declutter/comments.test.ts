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
    ['an English comment-policy notice', '<p>Comments are moderated and may take a day to appear. Please keep it civil.</p>'],
    ['a Portuguese comment-policy notice', '<p>ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.</p>'],
    ['a German netiquette line', '<p>Netiquette: Kommentare werden vor der Freischaltung geprüft.</p>'],
    ['"Be the first to comment"', '<p>Be the first to comment</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}`);
    expect(result.removed.map((r) => r.rule)).toContain('comments');
    expect(result.text).not.toMatch(/comment|conversation|great article|kommentare|comentários/i);
  });

  it.each([
    ['prose quoting comments', '<p>Comments from residents were overwhelmingly negative, the planning department said in its summary.</p>'],
    ['a "No comment" quote', '<p>“No comment,” the spokesperson said.</p>'],
    ['prose about moderated comments', '<p>Comments, the newspaper said, are moderated by two editors at night, a practice it started after a lawsuit over a libellous post.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
