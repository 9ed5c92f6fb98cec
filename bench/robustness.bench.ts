/**
 * `npm run bench -- robustness`: issue #18's hostile shapes at growing sizes, random mutations of ../shared/corpus
 * pages (read in place, never copied; skipped with a message when absent) and page-size sweeps. Each page runs in a
 * worker with a 30 s budget and a 1 GB heap (bench/robustness-runner.ts), once with bare Readability and once with
 * Lector, so nothing can hang the run. Prints inputs tried, crashes, runs past the budget, the slowest time and the
 * largest memory, Lector against bare Readability per shape, Lector's own passes (everything but its Readability
 * stage) apart, and time against page size in ms per MB.
 * LECTOR_ROBUSTNESS_SCALE (default 0.02: 1 = the sizes the issue reported), LECTOR_ROBUSTNESS_MUTATIONS (default 20),
 * LECTOR_ROBUSTNESS_SWEEP (MB, plain paragraphs), LECTOR_ROBUSTNESS_GROWTH (MB, the shapes Readability is slow on).
 */
import { loadavg } from 'node:os';
import { hostileShapes, mutatePage, seededRandom } from '../tests/support/hostile-pages';
import { CORPUS_DIR, corpusAvailable, listCorpusPages } from './quality/corpus';
import type { Measured, MeasureJob } from './robustness-measure';
import { MeasureRunner, type Outcome } from './robustness-runner';
import type { BenchSection } from './run';

const BUDGET_MS = 30_000;
const SCALE = Number(process.env.LECTOR_ROBUSTNESS_SCALE ?? 0.02);
const MUTATIONS = Number(process.env.LECTOR_ROBUSTNESS_MUTATIONS ?? 20);
const sizes = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map(Number);
/** Plain paragraphs, 10 kB to 20 MB: past 5 million characters (about 5.5 MB) Lector answers too-large at once. */
const SWEEP_MB = sizes('LECTOR_ROBUSTNESS_SWEEP', '0.01,0.03,0.1,0.3,1,2,5,10,20');
/** Bare Readability past this takes minutes on plain paragraphs and Lector has refused the page. */
const SWEEP_BARE_MAX_MB = 5;
/** The shapes whose cost is bare Readability's own (docs/decisions/2026-12-03-readability-bound-pages.md). */
const GROWTH_SHAPES = ['br-lines', 'small-paragraphs', 'links'];
const GROWTH_MB = sizes('LECTOR_ROBUSTNESS_GROWTH', '0.1,0.2,0.4');
const SWEEP_PARAGRAPH = `<p>${'The committee met on Tuesday to discuss the harbour plan, and its members agreed that the work should begin in spring. '.repeat(3)}</p>`;

interface Run {
  shape: string;
  bytes: number;
  bare: Outcome | null;
  lector: Outcome;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes < 0.1 * MB ? (bytes / MB).toFixed(3) : (bytes / MB).toFixed(2));
const done = (outcome: Outcome | null): outcome is Measured => outcome !== null && !('stopped' in outcome);
const ms = (outcome: Outcome | null) => (outcome === null ? 'not run' : done(outcome) ? outcome.ms.toFixed(0) : `stopped (${outcome.stopped})`);
const perMb = (outcome: Outcome | null, bytes: number, value = (m: Measured) => m.ms) => (done(outcome) ? (value(outcome) / (bytes / MB)).toFixed(0) : '–');
const own = (m: Measured) => m.ms - m.readabilityMs;
const result = (outcome: Outcome) => (done(outcome) ? outcome.outcome : `too-large (${outcome.stopped})`);

async function measurePage(runner: MeasureRunner, shape: string, html: string | Uint8Array, bare = true): Promise<Run> {
  const bytes = typeof html === 'string' ? Buffer.byteLength(html) : html.byteLength;
  process.stderr.write(`robustness: ${shape}, ${mb(bytes)} MB\n`);
  const job = (mode: MeasureJob['mode']): MeasureJob => ({ mode, html });
  return { shape, bytes, bare: bare ? await runner.run(job('bare')) : null, lector: await runner.run(job('lector')) };
}

/** `make(scale)` at about `targetMb`, from its size at a small scale (every shape grows in proportion). */
function atSize(make: (scale: number) => string, targetMb: number): string {
  const probe = 0.002;
  return make((probe * targetMb * MB) / Buffer.byteLength(make(probe)));
}

const shapeMaker = (shape: string) => (scale: number) => hostileShapes(scale).find((s) => s.shape === shape)!.make();

export default async function robustnessBench(): Promise<BenchSection> {
  const title = 'Robustness: hostile shapes and mutated pages (Lector vs bare Readability)';
  const runner = new MeasureRunner(BUDGET_MS);
  const runs: Run[] = [];
  const shapeRuns: Run[] = [];
  const growthRuns: Run[] = [];
  const sweepRuns: Run[] = [];
  let corpusNote = `Corpus mutations skipped: no corpus at ${CORPUS_DIR}.`;
  try {
    for (const scale of [SCALE / 4, SCALE / 2, SCALE]) {
      for (const { shape, make } of hostileShapes(scale)) shapeRuns.push(await measurePage(runner, shape, make()));
    }
    for (const shape of GROWTH_SHAPES) {
      for (const target of GROWTH_MB) growthRuns.push(await measurePage(runner, shape, atSize(shapeMaker(shape), target)));
    }
    for (const target of SWEEP_MB) {
      const count = Math.max(1, Math.round((target * MB) / SWEEP_PARAGRAPH.length));
      sweepRuns.push(await measurePage(runner, 'plain paragraphs', `<html><body><article>${SWEEP_PARAGRAPH.repeat(count)}</article></body></html>`, target <= SWEEP_BARE_MAX_MB));
    }
    runs.push(...shapeRuns, ...growthRuns, ...sweepRuns);
    if (corpusAvailable()) {
      const pages = listCorpusPages();
      const random = seededRandom(18);
      for (let i = 0; i < MUTATIONS; i++) {
        const page = pages[Math.floor(random() * pages.length)]!;
        const { shape, html } = mutatePage(page.html().toString('utf8'), random);
        runs.push(await measurePage(runner, `corpus: ${shape}`, html));
      }
      corpusNote = `${MUTATIONS} random mutations of corpus pages (seed 18).`;
    }
  } finally {
    await runner.close();
  }

  const crashes = runs.filter(({ lector }) => (done(lector) ? lector.crashed : lector.stopped === 'crash'));
  const stopped = runs.filter(({ lector }) => !done(lector) && (lector.stopped === 'time' || lector.stopped === 'memory'));
  const unparsed = runs.filter(({ lector }) => !done(lector) && lector.stopped === 'parse-time');
  const measured = runs.flatMap(({ lector, bare }) => [lector, bare].filter(done));
  const lectorDone = runs.map((r) => r.lector).filter(done);
  const lines = [
    `Shapes of issue #18 at scales ${SCALE / 4}, ${SCALE / 2} and ${SCALE} of the reported sizes; ${GROWTH_SHAPES.join(', ')} at ${GROWTH_MB.join(', ')} MB; plain paragraphs at ${SWEEP_MB.join(', ')} MB; ${corpusNote} Each run in a worker thread with jsdom, a ${BUDGET_MS / 1000} s budget after parsing and a 1 GB heap. Load average at the end (other work shares the 2 cores): ${loadavg().map((l) => l.toFixed(2)).join(', ')}.`,
    '',
    `Inputs tried: ${runs.length}. Crashes (an exception, the \`error\` code or a dead worker): ${crashes.length}. Hangs past the ${BUDGET_MS / 1000} s budget (Lector stopped there; the CLI answers too-large, or with --first-part reads the first part): ${stopped.length}.`,
    `Slowest Lector run: ${Math.max(0, ...lectorDone.map((m) => m.ms)).toFixed(0)} ms (parsing apart); largest resident memory: ${Math.max(0, ...measured.map((m) => m.rssMb)).toFixed(0)} MB.`,
    ...crashes.map((run) => `- crash: ${run.shape}: ${done(run.lector) ? run.lector.crashed : run.lector.detail}`),
    ...stopped.map((run) => `- past the budget: ${run.shape}, ${mb(run.bytes)} MB (${done(run.lector) ? '' : run.lector.stopped})`),
    ...(unparsed.length ? [`Pages jsdom had not parsed within 120 s (not Lector's time; the CLI refuses files over 10 MB before parsing): ${unparsed.map((run) => `${run.shape}, ${mb(run.bytes)} MB`).join('; ')}.`] : []),
    '',
    '### Per shape, largest size (ms; "own" is Lector without its Readability stage)',
    '',
    '| shape | MB | bare Readability | Lector | Lector / bare | Lector own | result |',
    '|---|---|---|---|---|---|---|',
  ];
  const largest = new Map<string, Run>();
  for (const run of shapeRuns) largest.set(run.shape, run);
  for (const { shape, bytes, bare, lector } of largest.values()) {
    const ratio = done(bare) && done(lector) ? (lector.ms / Math.max(bare.ms, 1)).toFixed(2) : '–';
    lines.push(`| ${shape} | ${mb(bytes)} | ${ms(bare)} | ${ms(lector)} | ${ratio} | ${done(lector) ? own(lector).toFixed(0) : '–'} | ${result(lector)} |`);
  }
  lines.push(
    '',
    '### Time against size, per shape (ms per MB; flat means linear)',
    '',
    '| shape | MB | bare Readability ms/MB | Lector ms/MB | Lector own ms/MB | result |',
    '|---|---|---|---|---|---|',
  );
  // Deep shapes grow in depth, not bytes (they are refused past the depth limit); the rest grow with the page.
  const bySize = [...shapeRuns, ...growthRuns].filter(({ shape }) => !shape.startsWith('deep-') && shape !== 'math-frame-iframe').sort((a, b) => a.shape.localeCompare(b.shape) || a.bytes - b.bytes);
  for (const { shape, bytes, bare, lector } of bySize) {
    lines.push(`| ${shape} | ${mb(bytes)} | ${perMb(bare, bytes)} | ${perMb(lector, bytes)} | ${perMb(lector, bytes, own)} | ${result(lector)} |`);
  }
  lines.push(
    '',
    '### Time against page size, 10 kB to 20 MB (plain paragraphs; parsing apart)',
    '',
    '| MB | jsdom parse ms | bare Readability ms | Lector ms | Lector ms/MB | Lector own ms/MB | result |',
    '|---|---|---|---|---|---|---|',
  );
  for (const { bytes, bare, lector } of sweepRuns) {
    lines.push(`| ${mb(bytes)} | ${done(lector) ? lector.parseMs.toFixed(0) : '–'} | ${ms(bare)} | ${ms(lector)} | ${perMb(lector, bytes)} | ${perMb(lector, bytes, own)} | ${result(lector)} |`);
  }
  lines.push('', 'The CLI adds what this run cannot show: files over 10 MB packed or unpacked are refused before parsing (or cut to their first 2 MB with --first-part), and a page past its 60 s budget is read again as its first part with --first-part (cli/lector.ts).');
  return { title, lines };
}
