/**
 * Lector must not lose real content that bare Readability finds: over the
 * public corpora in ../shared/corpus, mean recall may drop by at most 0.5 points.
 * Skipped with a message on a clone without the corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable, listCorpusPages, mapPages, runPage, type PageRun } from './corpus';
import { withoutClutterLines } from './clutter-lines';
import { scorePage, summarize } from './metric';

const available = corpusAvailable();
if (!available) console.warn(`corpus test skipped: no corpus at ${CORPUS_DIR}`);

describe.skipIf(!available)('recall on the public corpora', () => {
  let runs: PageRun[] = [];
  beforeAll(async () => {
    runs = await mapPages(listCorpusPages(), (page) => runPage(page));
  }, 3_000_000);

  it('zyte (human-marked article text): Lector recall is within 0.5 points of bare Readability', () => {
    const subset = runs.filter((run) => run.page.corpus === 'zyte');
    expect(subset.length).toBeGreaterThan(100);
    const bare = summarize(subset.map((run) => scorePage(run.page.truth, run.bareText)));
    const lector = summarize(subset.map((run) => scorePage(run.page.truth, run.lectorText)));
    expect(lector.recall).toBeGreaterThanOrEqual(bare.recall - 0.005);
  });

  it('readability (its own expected output): Lector loses no more than 0.5 points of non-clutter content', () => {
    // Readability's expected output keeps credits, "Related:" lines and the like; those lines
    // (matched by the benchmark's independent clutter patterns) are taken out of the truth first.
    const subset = runs.filter((run) => run.page.corpus === 'readability');
    expect(subset.length).toBeGreaterThan(100);
    const truthOf = (run: PageRun) => withoutClutterLines(run.page.truth);
    const bare = summarize(subset.map((run) => scorePage(truthOf(run), run.bareText)));
    const lector = summarize(subset.map((run) => scorePage(truthOf(run), run.lectorText)));
    expect(lector.recall).toBeGreaterThanOrEqual(bare.recall - 0.005);
  });

  it('never fails with an internal error on a real page', () => {
    const crashed = runs.filter((run) => run.lectorError?.startsWith('Lector could not read this page'));
    expect(crashed.map((run) => `${run.page.id}: ${run.lectorError}`)).toEqual([]);
  });
}, 600_000);
