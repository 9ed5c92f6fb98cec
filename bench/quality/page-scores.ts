/**
 * `npx tsx bench/quality/page-scores.ts [out.json]` (default: lector-page-scores.json in the system's temporary folder): per-page precision and recall of bare Readability and Lector on
 * Zyte, Readability's suite and modern-web-2026's OPEN pages (the held-out split is never run here), written as JSON,
 * so two runs of it (before and after a change) show which pages a change moved and which way. `LECTOR_CORPORA`
 * limits the corpora as for the benchmark.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutClutterLines } from './clutter-lines';
import { listCorpusPages, mapPages, runPage } from './corpus';
import { scorePage } from './metric';

// Outside the repository by default: the scores hold page addresses and are a working file, not a result.
const out = process.argv[2] ?? join(tmpdir(), 'lector-page-scores.json');
const pages = listCorpusPages().filter((page) => !page.heldOut);
const rows = await mapPages(pages, (page) => {
  const run = runPage(page);
  // As in corpus.test.ts: Readability's expected output keeps clutter lines, taken out of its truth first.
  const truth = page.corpus === 'readability' ? withoutClutterLines(page.truth) : page.truth;
  const bare = scorePage(truth, run.bareText);
  const lector = scorePage(truth, run.lectorText);
  return { corpus: page.corpus, id: page.id, url: page.url, bare, lector, error: run.lectorError };
});
writeFileSync(out, JSON.stringify(rows, null, 1));
console.log(`${rows.length} pages written to ${out}`);
