/**
 * Quality and speed of Lector's pipeline against bare Readability, side by
 * side in one run over ../shared/corpus (skipped with a message when absent).
 */
import { pathToFileURL } from 'node:url';
import type { BenchSection } from './run';
import { clutterLinesLeft, withoutClutterLines } from './quality/clutter-lines';
import { CORPORA, CORPUS_DIR, corpusAvailable, corpusPresent, listCorpusPages, mapPages, runPage, type CorpusName, type PageRun } from './quality/corpus';
import { listenerLines } from './quality/listener-table';
import { modernWebLines } from './quality/modern-web-table';
import { scorePage, summarize } from './quality/metric';
import { median, pct, percentile } from './quality/stats';

export default async function corpusBench(): Promise<BenchSection> {
  const title = 'Extraction quality and speed on public corpora (Lector vs bare Readability)';
  if (!corpusAvailable()) return { title, lines: [`Skipped: no corpus at ${CORPUS_DIR} (see README, Benchmarks).`] };

  const pages = listCorpusPages();
  // Warm-up: JIT and ICU data, so the first pages' timings are not start-up cost.
  await mapPages(pages.slice(0, 5), (page) => runPage(page));
  const runs: PageRun[] = await mapPages(pages, (page, index) => runPage(page, index % 2 === 1));

  const lines: string[] = [];
  const corpora = (Object.keys(CORPORA) as CorpusName[]).filter(corpusPresent);
  const missing = (Object.keys(CORPORA) as CorpusName[]).filter((corpus) => !corpusPresent(corpus));
  for (const corpus of missing) lines.push(`Skipped ${corpus}: left out by LECTOR_CORPORA, or no corpus at ${CORPUS_DIR}/${CORPORA[corpus].dir}.`, '');
  lines.push('### Quality (Zyte metric: 4-token shingles, mean over pages)', '');
  lines.push('| corpus | pages | extractor | precision | recall | F1 | pages with clutter lines left | clutter lines left | no result |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const corpus of corpora) {
    const subset = runs.filter((run) => run.page.corpus === corpus);
    for (const [name, textOf, failed] of [
      ['bare Readability 0.6', (r: PageRun) => r.bareText, (r: PageRun) => r.bareText === ''],
      ['Lector', (r: PageRun) => r.lectorText, (r: PageRun) => r.lectorError !== null],
    ] as const) {
      const summary = summarize(subset.map((run) => scorePage(run.page.truth, textOf(run))));
      const clutter = subset.map((run) => clutterLinesLeft(textOf(run), run.page.truth).length);
      lines.push(
        `| ${corpus} | ${subset.length} | ${name} | ${pct(summary.precision)} | ${pct(summary.recall)} | ${pct(summary.f1)} | ${clutter.filter((n) => n > 0).length} | ${clutter.reduce((a, b) => a + b, 0)} | ${subset.filter(failed).length} |`,
      );
    }
  }
  const zyte = runs.filter((run) => run.page.corpus === 'zyte');
  const zyteBare = summarize(zyte.map((run) => scorePage(run.page.truth, run.bareText)));
  const zyteLector = summarize(zyte.map((run) => scorePage(run.page.truth, run.lectorText)));
  const zyteClutter = (textOf: (r: PageRun) => string) => zyte.reduce((n, run) => n + clutterLinesLeft(textOf(run), run.page.truth).length, 0);
  const bareLeft = zyteClutter((r) => r.bareText);
  const lectorLeft = zyteClutter((r) => r.lectorText);
  lines.push(
    '',
    `Zyte, Lector minus bare Readability: precision ${signed(zyteLector.precision - zyteBare.precision)} points (target ≥ +3), recall ${signed(zyteLector.recall - zyteBare.recall)} points (target ≥ −0.5), clutter lines left ${bareLeft} → ${lectorLeft} (${bareLeft ? Math.round((1 - lectorLeft / bareLeft) * 100) : 0}% fewer; target ≥ 80%).`,
    `Zyte, issue 17 targets: F1 ${pct(zyteLector.f1)} (target ≥ 97.5: ${met(zyteLector.f1 >= 0.975)}), precision ${pct(zyteLector.precision)} (target ≥ 96.0: ${met(zyteLector.precision >= 0.96)}), recall not below bare Readability's (${met(zyteLector.recall >= zyteBare.recall)}).`,
  );
  const suite = runs.filter((run) => run.page.corpus === 'readability');
  if (suite.length) {
    // As in corpus.test.ts: the suite's expected output keeps clutter lines, taken out of the truth first.
    const recallOf = (textOf: (r: PageRun) => string) => summarize(suite.map((run) => scorePage(withoutClutterLines(run.page.truth), textOf(run)))).recall;
    const gap = recallOf((r) => r.bareText) - recallOf((r) => r.lectorText);
    lines.push('', `Readability's suite, filtered recall: Lector ${gap > 0 ? `${(gap * 100).toFixed(2)} points below` : `${(-gap * 100).toFixed(2)} points above`} bare Readability (target: within 0.5 points: ${met(gap <= 0.005)}).`);
  }
  lines.push('', '`readability` is Readability\'s own regression suite, whose expected output still holds clutter: it checks that Lector loses no content, not that it removes clutter.');
  if (corpora.includes('modern-web')) lines.push('', ...modernWebLines(runs));
  lines.push('', ...listenerLines(runs, corpora));

  lines.push('', '### Speed (ms per page, same parsed document, both including the document clone)', '');
  const bare = runs.map((r) => r.bareMs);
  const lector = runs.map((r) => r.lectorMs);
  lines.push('| extractor | median | p95 |', '|---|---|---|');
  lines.push(`| bare Readability | ${median(bare).toFixed(1)} | ${percentile(bare, 95).toFixed(1)} |`);
  lines.push(`| Lector pipeline | ${median(lector).toFixed(1)} | ${percentile(lector, 95).toFixed(1)} |`);
  const ratios = runs.map((r) => r.lectorMs / r.bareMs);
  lines.push('', `Lector / Readability: ${(median(lector) / median(bare)).toFixed(2)}× at the median, ${(percentile(lector, 95) / percentile(bare, 95)).toFixed(2)}× at p95, median per-page ratio ${median(ratios).toFixed(2)}× (target ≤ 1.2×: ${met(median(ratios) <= 1.2)}). ${runs.length} pages, jsdom.`);

  lines.push('', '### Worst ten pages (Zyte, Lector F1)', '');
  lines.push('| page | Lector P | Lector R | Readability P | Readability R | note |', '|---|---|---|---|---|---|');
  const scored = runs
    .filter((run) => run.page.corpus === 'zyte')
    .map((run) => ({ run, lector: scorePage(run.page.truth, run.lectorText), bare: scorePage(run.page.truth, run.bareText) }))
    .map((s) => ({ ...s, f1: (2 * s.lector.precision * s.lector.recall) / (s.lector.precision + s.lector.recall || 1) }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 10);
  for (const s of scored) {
    const host = new URL(s.run.page.url).hostname;
    lines.push(`| ${host} (${s.run.page.id.slice(0, 8)}) | ${pct(s.lector.precision)} | ${pct(s.lector.recall)} | ${pct(s.bare.precision)} | ${pct(s.bare.recall)} | ${s.run.lectorError ?? ''} |`);
  }
  return { title, lines };
}

const met = (ok: boolean) => (ok ? 'met' : 'not met');

function signed(fraction: number): string {
  const points = fraction * 100;
  return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(2)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await corpusBench();
  console.log(`## ${section.title}\n\n${section.lines.join('\n')}`);
}
