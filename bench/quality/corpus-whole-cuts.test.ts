/**
 * "Never cut inside a sentence" (issue 17) on every page of every public corpus
 * in ../shared/corpus: each removal is a whole block or line, every kept
 * sentence is in the page unaltered, every removal is in `removed` with its rule.
 * Skipped with a message on a clone without the corpus.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable, listCorpusPages, mapPages } from './corpus';
import { checkWholeCuts } from './whole-cuts';

const available = corpusAvailable();
if (!available) console.warn(`whole-cuts corpus test skipped: no corpus at ${CORPUS_DIR}`);

describe.skipIf(!available)('never cut inside a sentence, on the public corpora', () => {
  it('holds on every page', async () => {
    const pages = listCorpusPages();
    expect(pages.length).toBeGreaterThan(100);
    const found = await mapPages(pages, (page) =>
      checkWholeCuts(page.html(), page.url).violations.map((violation) => {
        // Held-out pages are named by id only: their text stays unseen by whoever reads the failure.
        const what = page.heldOut ? '' : `: ${JSON.stringify(violation).slice(0, 200)}`;
        return `${page.corpus} ${page.id} ${violation.kind}${what}`;
      }),
    );
    expect(found.flat()).toEqual([]);
  });
}, 3_600_000);
