/**
 * Clutter left and sentences kept on the project's site fixtures (eight kinds
 * of site, four languages), bare Readability against Lector's extractArticle.
 * Drop lines left show declutter recall; kept sentences show that no rule eats
 * the story.
 *
 * Run alone: `npx tsx bench/fixtures.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../core/extract';
import {
  bareReadability,
  leftDropLines,
  loadSiteFixtures,
  missingKeepSentences,
  parseFixture,
  type SiteFixture,
} from '../tests/fixtures/sites/site-fixtures';

interface Measured {
  /** Text of the article, or why there is none. */
  text: string | null;
  failure: string | null;
  ms: number;
}

/** Runs past the first (which pays for JIT warm-up); the median of these is reported. */
const TIMED_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `once` a warm-up time plus TIMED_RUNS times; the result of the last run, the median time. */
function timed(once: () => Omit<Measured, 'ms'>): Measured {
  once();
  const times: number[] = [];
  let last: Omit<Measured, 'ms'> = { text: null, failure: 'not run' };
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    last = once();
    times.push(performance.now() - start);
  }
  return { ...last, ms: median(times) };
}

function measureBare(fixture: SiteFixture): Measured {
  return timed(() => {
    const bare = bareReadability(fixture);
    return bare ? { text: bare.text, failure: null } : { text: null, failure: 'no article' };
  });
}

function measureLector(fixture: SiteFixture): Measured {
  return timed(() => {
    const dom = parseFixture(fixture);
    try {
      const result = extractArticle(dom.window.document, { url: fixture.url, window: dom.window });
      return result.kind === 'article' ? { text: result.text, failure: null } : { text: null, failure: `no article (${result.code})` };
    } finally {
      dom.window.close();
    }
  });
}

function row(label: string, fixture: SiteFixture, measured: Measured): { line: string; left: number; kept: number } {
  if (measured.text === null) {
    const line = `| ${label} | ${measured.failure} | 0 / ${fixture.keep.length} | ${measured.ms.toFixed(1)} ms | — |`;
    return { line, left: fixture.drop.length, kept: 0 };
  }
  const left = leftDropLines(measured.text, fixture);
  const kept = fixture.keep.length - missingKeepSentences(measured.text, fixture).length;
  const examples = [...new Set(left)].slice(0, 3).map((line) => `“${line.length > 60 ? `${line.slice(0, 57)}…` : line}”`);
  const line =
    `| ${label} | ${left.length} / ${fixture.drop.length} | ${kept} / ${fixture.keep.length} | ${measured.ms.toFixed(1)} ms | ` +
    `${examples.join(', ').replace(/\|/g, '\\|') || '—'} |`;
  return { line, left: left.length, kept };
}

export default async function fixturesBench(): Promise<{ title: string; lines: string[] }> {
  const fixtures = loadSiteFixtures();
  const lines: string[] = [
    `${fixtures.length} pages written for this project (tests/fixtures/sites), each with every article sentence ` +
      '(`keep`) and every clutter line inside the article (`drop`). A drop line counts as left when it appears outside ' +
      `the kept sentences. Time: median of ${TIMED_RUNS} runs after a warm-up, jsdom parse included for both ` +
      '(bare Readability also parses its output back to text).',
    '',
  ];
  const totals = { bare: { left: 0, kept: 0 }, lector: { left: 0, kept: 0 }, drop: 0, keep: 0 };
  for (const fixture of fixtures) {
    const bare = row('Bare Readability', fixture, measureBare(fixture));
    const lector = row('Lector `extractArticle`', fixture, measureLector(fixture));
    totals.bare.left += bare.left;
    totals.bare.kept += bare.kept;
    totals.lector.left += lector.left;
    totals.lector.kept += lector.kept;
    totals.drop += fixture.drop.length;
    totals.keep += fixture.keep.length;
    lines.push(
      `### ${fixture.name} (${fixture.lang})`,
      '',
      '| Extractor | Drop lines left | Sentences kept | Time | Left, for example |',
      '| --- | ---: | ---: | ---: | --- |',
      bare.line,
      lector.line,
      '',
    );
  }
  lines.push(
    '### All fixtures',
    '',
    '| Extractor | Drop lines left | Sentences kept |',
    '| --- | ---: | ---: |',
    `| Bare Readability | ${totals.bare.left} / ${totals.drop} | ${totals.bare.kept} / ${totals.keep} |`,
    `| Lector \`extractArticle\` | ${totals.lector.left} / ${totals.drop} | ${totals.lector.kept} / ${totals.keep} |`,
  );
  return { title: 'Clutter on the site fixtures: bare Readability vs Lector', lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, lines } = await fixturesBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
