import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { shareBarRule } from './share-bar';

const run = (html: string) => declutterFragment(html, [shareBarRule]);

describe('share-bar rule', () => {
  it.each([
    ['a bar of brand links', '<div><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <span>Copy link</span></div>'],
    ['a "Share this article" line', '<p>Share this article</p>'],
    ['a "Click To Tweet" button under a pull quote', '<p><a href="https://twitter.com/intent/tweet">Click To Tweet</a></p>'],
    ['a "Share Tweet Submit" bar', '<div><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Submit</a></div>'],
    ['a bar with counts and separators', '<ul><li>Share</li><li>Facebook 120</li><li>|</li><li>WhatsApp</li></ul>'],
    ['a bar named by class', '<div class="social-share"><a href="#">Post</a><a href="#">Send</a></div>'],
    ['Spanish', '<div><span>Compartir</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toContain('share-bar');
    expect(result.text).not.toMatch(/facebook|share|post send|compartir/i);
  });

  it.each([
    ['prose about social networks', '<p>Facebook and Twitter both removed the posts within hours, the company said on Monday.</p>'],
    ['prose that asks readers to submit', '<p>Submit your questions to the panel by Friday, and we will publish the answers next week with the video.</p>'],
    ['a one-word line of prose', '<p>Share.</p><p>That was all the note said, scrawled on the back of a receipt.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
