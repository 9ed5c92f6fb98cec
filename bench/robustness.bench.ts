/**
 * `npm run bench -- robustness`: issue #18's hostile shapes at growing sizes and
 * random mutations of ../shared/corpus pages (read in place, never copied; skipped
 * with a message when absent). Prints inputs tried, crashes, hangs past the
 * budget, the slowest time and the largest memory, Lector against bare Readability
 * per shape, and time against page size. LECTOR_ROBUSTNESS_SCALE (default 0.1)
 * scales the shapes (1 = the sizes the issue reported); LECTOR_ROBUSTNESS_MUTATIONS (default 40).
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from '../core/extract';
import { hostileShapes, mutatePage, seededRandom } from '../tests/support/hostile-pages';
import { CORPUS_DIR, corpusAvailable, listCorpusPages } from './quality/corpus';
import type { BenchSection } from './run';

const BUDGET_MS = 30_000;
const SCALE = Number(process.env.LECTOR_ROBUSTNESS_SCALE ?? 0.1);
const MUTATIONS = Number(process.env.LECTOR_ROBUSTNESS_MUTATIONS ?? 40);
/** Page sizes (MB) for the time-against-size table; LECTOR_ROBUSTNESS_SWEEP="0.01,0.1,1" overrides. */
const SWEEP_MB = (process.env.LECTOR_ROBUSTNESS_SWEEP ?? '0.01,0.03,0.1,0.3,1,2,10,20').split(',').map(Number);
const SWEEP_BARE_MAX_MB = 4;
const SWEEP_PARAGRAPH = `<p>${'The committee met on Tuesday to discuss the harbour plan, and its members agreed that the work should begin in spring. '.repeat(3)}</p>`;

interface Run {
  shape: string;
  bytes: number;
  bareMs: number;
  lectorMs: number;
  outcome: string;
  crashed: string | null;
  rssMb: number;
}

/** `bare`: false skips bare Readability (minutes on pages Lector refuses in milliseconds). */
function measure(shape: string, html: string | Uint8Array, bare = true): Run {
  const bytes = typeof html === 'string' ? Buffer.byteLength(html) : html.byteLength;
  let crashed: string | null = null;
  let bareMs = 0;
  let lectorMs = 0;
  let outcome = '';
  try {
    const page = parseHtml(html, 'https://news.example/story');
    let started = performance.now();
    try {
      if (bare) new Readability(page.document.cloneNode(true) as Document).parse();
    } catch {
      // bare Readability's own failures are its own; its time is the yardstick
    }
    bareMs = performance.now() - started;
    started = performance.now();
    const result = extractArticle(page.document, { window: page.window });
    lectorMs = performance.now() - started;
    outcome = result.kind === 'article' ? 'article' : result.code;
    if (result.kind === 'no-article' && result.code === 'error') crashed = result.detail;
    try {
      page.close();
    } catch {
      // jsdom's close() (cli/page-job.ts catches it the same way)
    }
  } catch (error) {
    crashed = error instanceof Error ? error.message : String(error);
  }
  return { shape, bytes, bareMs, lectorMs, outcome, crashed, rssMb: process.memoryUsage().rss / 1024 / 1024 };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

export default async function robustnessBench(): Promise<BenchSection> {
  const title = 'Robustness: hostile shapes and mutated pages (Lector vs bare Readability)';
  const runs: Run[] = [];
  for (const scale of [SCALE / 4, SCALE / 2, SCALE]) {
    for (const { shape, make } of hostileShapes(scale)) {
      process.stderr.write(`robustness: ${shape} × ${scale}\n`);
      runs.push({ ...measure(shape, make()), shape: `${shape}` });
    }
  }
  const shapeRuns = runs.slice();
  let corpusNote = `Corpus mutations skipped: no corpus at ${CORPUS_DIR}.`;
  if (corpusAvailable()) {
    const pages = listCorpusPages();
    const random = seededRandom(18);
    for (let i = 0; i < MUTATIONS; i++) {
      const page = pages[Math.floor(random() * pages.length)]!;
      const { shape, html } = mutatePage(page.html().toString('utf8'), random);
      runs.push(measure(`corpus: ${shape}`, html));
    }
    corpusNote = `${MUTATIONS} random mutations of corpus pages (seed 18).`;
  }

  const crashes = runs.filter((run) => run.crashed);
  const hangs = runs.filter((run) => run.lectorMs > BUDGET_MS);
  const uptime = (await import('node:os')).loadavg().map((load) => load.toFixed(2)).join(', ');
  const lines = [
    `Shapes of issue #18 at scales ${SCALE / 4}, ${SCALE / 2} and ${SCALE} of the reported sizes, in process with jsdom; ${corpusNote} Load average when the summary was written (other work shares the 2 cores): ${uptime}.`,
    '',
    `Inputs tried: ${runs.length}. Crashes (an exception or the \`error\` code): ${crashes.length}. Hangs past ${BUDGET_MS / 1000} s: ${hangs.length}.`,
    `Slowest Lector run: ${Math.max(...runs.map((r) => r.lectorMs)).toFixed(0)} ms; largest resident memory: ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB.`,
    ...crashes.map((run) => `- crash: ${run.shape}: ${run.crashed}`),
    '',
    '### Per shape, largest size (ms)',
    '',
    '| shape | MB | bare Readability | Lector | Lector / bare | result |',
    '|---|---|---|---|---|---|',
  ];
  const largest = new Map<string, Run>();
  for (const run of shapeRuns) largest.set(run.shape, run);
  for (const run of largest.values()) {
    lines.push(`| ${run.shape} | ${mb(run.bytes)} | ${run.bareMs.toFixed(0)} | ${run.lectorMs.toFixed(0)} | ${(run.lectorMs / Math.max(run.bareMs, 1)).toFixed(2)} | ${run.outcome} |`);
  }
  lines.push('', '### Time against size (Lector ms per MB; flat means linear)', '', '| shape | MB | Lector ms | ms per MB |', '|---|---|---|---|');
  for (const run of shapeRuns.filter((r) => ['plain-paragraphs', 'h1-paragraphs', 'read-more-ads', 'noscript-images'].includes(r.shape)).sort((a, b) => a.shape.localeCompare(b.shape) || a.bytes - b.bytes)) {
    lines.push(`| ${run.shape} | ${mb(run.bytes)} | ${run.lectorMs.toFixed(0)} | ${(run.lectorMs / (run.bytes / 1024 / 1024)).toFixed(0)} |`);
  }
  lines.push('', '### Time against page size (plain paragraphs; Lector and bare Readability, parsing apart)', '', '| MB | paragraphs | jsdom parse ms | bare Readability ms | Lector ms | Lector ms per MB | result |', '|---|---|---|---|---|---|---|');
  for (const mbTarget of SWEEP_MB) {
    const count = Math.max(1, Math.round((mbTarget * 1024 * 1024) / SWEEP_PARAGRAPH.length));
    process.stderr.write(`robustness: size sweep ${mbTarget} MB\n`);
    const html = `<html><body><article>${SWEEP_PARAGRAPH.repeat(count)}</article></body></html>`;
    const started = performance.now();
    const parsed = parseHtml(html, 'https://news.example/story');
    const parseMs = performance.now() - started;
    try {
      parsed.close();
    } catch {
      // as in measure()
    }
    // Past the limits (5 million characters) Lector refuses at once; bare Readability would take minutes there.
    const run = measure('sweep', html, mbTarget <= SWEEP_BARE_MAX_MB);
    runs.push(run);
    if (run.crashed) crashes.push(run);
    if (run.lectorMs > BUDGET_MS) hangs.push(run);
    lines.push(`| ${mb(run.bytes)} | ${count} | ${parseMs.toFixed(0)} | ${mbTarget <= SWEEP_BARE_MAX_MB ? run.bareMs.toFixed(0) : 'not run'} | ${run.lectorMs.toFixed(0)} | ${(run.lectorMs / (run.bytes / 1024 / 1024)).toFixed(0)} | ${run.outcome} |`);
  }
  lines[2] = `Inputs tried: ${runs.length}. Crashes (an exception or the \`error\` code): ${crashes.length}. Hangs past ${BUDGET_MS / 1000} s: ${hangs.length}.`;
  lines[3] = `Slowest Lector run: ${Math.max(...runs.map((r) => r.lectorMs)).toFixed(0)} ms; largest resident memory: ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB.`;
  lines.push('', 'The CLI adds what this in-process run cannot: each page runs in a worker thread with a 60 s budget and a 1 GB heap (cli/page-runner.ts), and files over 10 MB packed or unpacked are refused before parsing.');
  return { title, lines };
}
