import { describe, expect, it } from 'vitest';
import { loadSiteFixtures } from '../../tests/fixtures/sites/site-fixtures';
import { defineClutterRule } from '../../core/declutter/support/rule';
import { checkWholeCuts } from './whole-cuts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><article>${body}</article></body></html>`;
const PROSE = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story says what the council decided on Tuesday, why it took so long, and what it will cost the town over the next two years.</p>`,
).join('');
const URL = 'https://news.example/2026/story';

describe('never cut inside a sentence: the site fixtures', () => {
  it.each(loadSiteFixtures().map((fixture) => [fixture.name, fixture] as const))('%s: whole removals, unaltered sentences, every removal reported', (_name, fixture) => {
    const { article, violations } = checkWholeCuts(fixture.html, fixture.url);
    expect(article).not.toBeNull();
    expect(violations).toEqual([]);
  }, 60_000); // jsdom on a loaded two-core machine: the first page also pays for loading it
});

describe('never cut inside a sentence: the checker fires', () => {
  // A rule that cuts a word out of running text: the class of bug the invariant exists for.
  const cutsAgency = defineClutterRule({
    name: 'cuts-agency',
    languages: ['en'],
    find: (root) => [...root.querySelectorAll('a')].filter((a) => a.textContent === 'Reuters'),
  });

  it('reports a removal from inside a sentence, with its rule', () => {
    const html = page(`${PROSE}<p>The figure rose, according to <a href="/r">Reuters</a>, on Monday.</p>`);
    const { violations } = checkWholeCuts(html, URL, [cutsAgency]);
    expect(violations).toEqual([
      { kind: 'partial-removal', rule: 'cuts-agency', text: 'Reuters', line: 'The figure rose, according to Reuters, on Monday.' },
    ]);
  });

  it('reports a sentence changed without a removal', () => {
    const rewrites = defineClutterRule({
      name: 'rewrites',
      languages: ['en'],
      find: (root) => {
        const text = root.querySelector('p.edit')?.firstChild;
        if (text?.nodeType === 3) (text as Text).data = 'The figure fell on Monday.';
        return [];
      },
    });
    const html = page(`${PROSE}<p class="edit">The figure rose on Monday.</p>`);
    const { violations } = checkWholeCuts(html, URL, [rewrites]);
    expect(violations).toContainEqual({ kind: 'altered-sentence', text: 'The figure fell on Monday.' });
  });

  it('reports a paragraph that disappears without being listed in removed', () => {
    const silent = defineClutterRule({
      name: 'silent',
      languages: ['en'],
      find: (root) => {
        // Removes a paragraph itself, behind the pipeline's back, and reports nothing.
        root.querySelector('p.vanish')?.remove();
        return [];
      },
    });
    const html = page(`${PROSE}<p class="vanish">This whole paragraph of the story goes missing and nobody is told about it.</p>${PROSE}`);
    const { violations } = checkWholeCuts(html, URL, [silent]);
    expect(violations).toEqual([{ kind: 'unreported', text: 'This whole paragraph of the story goes missing and nobody is told about it.' }]);
  });

  it('accepts the real rules on the same page: the agency stays in its sentence', () => {
    const html = page(`${PROSE}<p>The figure rose, according to <a href="/r">Reuters</a>, on Monday.</p><p>Photo: Jane Doe / Reuters</p>`);
    const { article, violations } = checkWholeCuts(html, URL);
    expect(violations).toEqual([]);
    expect(article?.text).toContain('The figure rose, according to Reuters, on Monday.');
    expect(article?.removed.map((removal) => removal.rule)).toContain('credit-or-dateline');
  });

  it('accepts citation brackets Readability emptied, taken out as punctuation only, and still reports a word cut', () => {
    // Readability drops `class="footers"` (it reads it as a page footer) and leaves "[-]" and "[,]" in the sentence.
    const cite = (n: number) => `<span class="footers"><a href="#ref${n}">${n}</a></span>`;
    const html = page(`${PROSE}<p>Stress is common among students (aged 18-33 years) [${cite(1)}-${cite(3)}], and they report more of it than others [${cite(4)},${cite(5)}].</p>`);
    const { article, violations } = checkWholeCuts(html, URL);
    expect(violations).toEqual([]);
    expect(article?.text).toContain('Stress is common among students (aged 18-33 years), and they report more of it than others.');
    expect(article?.removed.filter((removal) => removal.rule === 'emptied-brackets').map((removal) => removal.text)).toEqual(['[-]', '[,]']);
    const { violations: cut } = checkWholeCuts(html, URL, [cutsAgencyIn('students')]);
    expect(cut).toContainEqual(expect.objectContaining({ kind: 'partial-removal', text: 'students' }));
  });
});

/** Cuts the word `word` (wrapped in a span first) out of running text. */
function cutsAgencyIn(word: string) {
  return defineClutterRule({
    name: 'cuts-word',
    languages: ['en'],
    find: (root) => {
      const p = [...root.querySelectorAll('p')].find((el) => el.innerHTML.includes(` ${word} `));
      if (!p) return [];
      p.innerHTML = p.innerHTML.replace(` ${word} `, ` <span>${word}</span> `);
      return [...p.querySelectorAll('span')].filter((span) => span.textContent === word);
    },
  });
}
