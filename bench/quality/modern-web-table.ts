/**
 * modern-web-2026 figures: the shingle metric plus the corpus's own snippet
 * counts, for all pages, the pages open to rule writers, and the held-out split.
 */
import type { PageRun } from './corpus';
import { scorePage, summarize } from './metric';
import { countSnippets, type SnippetCounts } from './snippets';
import { pct } from './stats';

export interface ModernWebFigures {
  precision: number;
  recall: number;
  f1: number;
  snippets: SnippetCounts;
  noResult: number;
}

export function modernWebFigures(runs: readonly PageRun[], textOf: (run: PageRun) => string): ModernWebFigures {
  const summary = summarize(runs.map((run) => scorePage(run.page.truth, textOf(run))));
  const snippets: SnippetCounts = { withKept: 0, withTotal: 0, withoutLeaked: 0, withoutTotal: 0 };
  for (const run of runs) {
    const counts = countSnippets(textOf(run), run.page.keep, run.page.drop);
    snippets.withKept += counts.withKept;
    snippets.withTotal += counts.withTotal;
    snippets.withoutLeaked += counts.withoutLeaked;
    snippets.withoutTotal += counts.withoutTotal;
  }
  return { ...summary, snippets, noResult: runs.filter((run) => textOf(run) === '').length };
}

const EXTRACTORS = [
  ['bare Readability 0.6', (run: PageRun) => run.bareText],
  ['Lector', (run: PageRun) => run.lectorText],
] as const;

export function modernWebLines(runs: readonly PageRun[]): string[] {
  const modern = runs.filter((run) => run.page.corpus === 'modern-web');
  const splits = [
    ['all', modern],
    ['open (rules written with these in view)', modern.filter((run) => !run.page.heldOut)],
    ['held out (never opened)', modern.filter((run) => run.page.heldOut)],
  ] as const;
  const lines = [
    '### modern-web-2026 (Zyte metric; `with` kept, `without` leaked: the corpus\'s snippets)',
    '',
    '| pages | extractor | precision | recall | F1 | `with` kept | `without` leaked | no result |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [split, subset] of splits) {
    for (const [name, textOf] of EXTRACTORS) {
      const f = modernWebFigures(subset, textOf);
      lines.push(
        `| ${split}: ${subset.length} | ${name} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${f.snippets.withKept}/${f.snippets.withTotal} | ${f.snippets.withoutLeaked}/${f.snippets.withoutTotal} | ${f.noResult} |`,
      );
    }
  }
  const bare = modernWebFigures(modern, EXTRACTORS[0][1]);
  const lector = modernWebFigures(modern, EXTRACTORS[1][1]);
  lines.push(
    '',
    `Targets (all pages): F1 ≥ 95.0: ${pct(lector.f1)} ${lector.f1 >= 0.95 ? 'met' : 'not met'}; ` +
      `\`without\` leaked ≤ 8: ${lector.snippets.withoutLeaked} ${lector.snippets.withoutLeaked <= 8 ? 'met' : 'not met'}; ` +
      `\`with\` kept ≥ bare Readability's (${bare.snippets.withKept}): ${lector.snippets.withKept} ${lector.snippets.withKept >= bare.snippets.withKept ? 'met' : 'not met'}.`,
    '',
    'The held-out split is a fixed 30% of the pages chosen by a hash of the page id (bench/quality/held-out.ts); its pages are not opened while rules are written or tuned, so its figures say how the rules do on pages they were not fitted to.',
  );
  return lines;
}
