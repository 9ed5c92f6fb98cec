import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { authorBioRule } from './author-bio';

const run = (html: string) => declutterFragment(html, [authorBioRule]);
const STORY = `${PROSE}${PROSE}${PROSE}`;

describe('author-bio rule', () => {
  it.each([
    [
      'a WordPress author box with photo, name and bio (en)',
      '<div class="single-content-author"><div class="single-content-author__info"><img src="/a.jpg" alt="Author Jane Roe"><a href="/author/jane-roe/" class="name">Jane Roe</a><div class="count">5 articles</div></div><div class="single-content-author__about"><p>Jane Roe is a freelance writer and researcher. She has written for education companies and travel magazines.</p></div></div>',
    ],
    ['a reporter box without class names, linked to the author page (en)', '<div><a href="https://news.example/staff/sam-lee">Sam Lee</a><p>Sam Lee covers city hall and transportation for the paper.</p></div>'],
    ['a French auteur box', '<aside class="auteur"><p>Claire Martin est journaliste au service politique depuis 2015.</p></aside>'],
    ['a German Autor box', '<div class="autor-box"><p>Anna Schmidt ist Redakteurin im Ressort Wirtschaft.</p></div>'],
    ['a Spanish autor box', '<section class="autor"><p>Lucía Gómez es periodista especializada en ciencia.</p></section>'],
    ['an Italian box linked to the author', '<div><a href="/autore/marco-rossi">Marco Rossi</a><p>Marco Rossi è giornalista e scrive di tecnologia.</p></div>'],
  ])('removes %s at the end of the story', (_name, box) => {
    const result = run(`${STORY}${box}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['author-bio']);
    expect(result.text).toContain('The council voted');
  });

  it.each([
    ['the same box before more of the story', `<div class="author-bio"><p>Jane Roe is a reporter who covers the council.</p></div>${PROSE}`],
    ['a last paragraph about a person in the story', '<p>Dr. Okafor is a surgeon at the county hospital and has treated more than a thousand patients since the program began.</p>'],
    ['a box about the story\'s subject with no author signal', '<div class="profile"><p>Maria Lopez is a nurse who founded the clinic in 2019.</p></div>'],
    ['an author box with no bio sentence', '<div class="author"><a href="/author/jane-roe">Jane Roe</a><span>March 3, 2026</span></div>'],
    [
      'a long section with the author word in its class',
      `<div class="author-content"><p>Jane Roe is a reporter, and this is her story.</p>${PROSE}${PROSE}${PROSE}${PROSE}${PROSE}</div>`,
    ],
  ])('spares %s', (_name, html) => {
    expect(run(`${STORY}${html}`).removed).toEqual([]);
  });
});
