/**
 * Open time, as a user on a fast and on a slow machine would feel it (issue #16), with the real e2e build in
 * headless Chromium: unthrottled and under Chromium's 4× CPU throttling (a slow laptop or Chromebook).
 * - trigger → article painted: the clock starts in the page just before the background is asked to open the
 *   reader (what a toolbar click runs), and stops in the first animation frame after the article is in the
 *   reader's shadow root. "First open" loads a fresh page, so the reader script is injected and the page is
 *   extracted as on a user's first click (the fixture pages are small: in the page, in-page-choice.ts); "reopen" opens again in the unchanged document (the last article
 *   is reused); "reopen, page changed" first adds a comment to the page, so the page is read again.
 * - trigger → first spoken word for "Read page aloud" (the context-menu item), voices already loaded: until the
 *   first utterance's `start` event in the reader (bench/support/bench-browser.ts probeFirstWord).
 * - the 5 MB page (bench/support/sized-article.ts): first open, and the page's longest main-thread task while it
 *   opens and is read (Long Tasks API).
 * - where the time goes: a table of the phases of the first opens and of "Read page aloud", from the marks the e2e
 *   build leaves on the page's timeline (bench/support/open-phases.ts).
 *
 *   npm run bench -- open-time
 *   LECTOR_E2E_EXT=.output/chrome-mv3-e2e npx tsx bench/open-time.bench.ts   # reuse a build
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { percentile } from './quality/stats';
import type { BenchSection } from './run';
import { FIXTURES, launchBenchBrowser, probeFirstWord, serveBenchPages, throttle, type BenchBrowser } from './support/bench-browser';
import { closeReader as close, timeOpen } from './support/open-stopwatch';
import { phaseTable, readPhases, type PhaseTimes } from './support/open-phases';

const RATES = [1, 4] as const;
// LECTOR_OPEN_RUNS=1 for a quick look; the figures in bench/RESULTS.md use the defaults.
const QUICK_RUNS = Number(process.env.LECTOR_OPEN_RUNS ?? 0);
const RUNS = { 1: QUICK_RUNS || 10, 4: QUICK_RUNS || 5 } as const;
const LARGE_RUNS = QUICK_RUNS || 3;
const LARGE_BYTES = 5_000_000;
const TARGETS = {
  first: { 1: 100, 4: 250 },
  reopen: 30,
  firstWord4: 300,
  large4: 1500,
  longTask: 200,
} as const;

function fixturePages(): string[] {
  const sites = readdirSync(join(FIXTURES, 'sites')).filter((file) => file.endsWith('.html')).sort();
  return ['news/seed-article.html', ...sites.map((file) => `sites/${file}`)];
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');
const med = (values: number[]) => percentile(values, 50);
const p95 = (values: number[]) => percentile(values, 95);

interface RateFigures {
  first: number[];
  reopen: number[];
  changed: number[];
  perPage: Map<string, number[]>;
  /** Where each first open's time went (support/open-phases.ts). */
  phases: PhaseTimes[];
  framesThrottled: number;
}

async function openTimes(browser: BenchBrowser, origin: string, rate: number): Promise<RateFigures> {
  const { context, page, worker } = browser;
  const counter = await throttle(context, page, rate);
  const figures: RateFigures = { first: [], reopen: [], changed: [], perPage: new Map(), phases: [], framesThrottled: 0 };
  for (const fixture of fixturePages()) {
    const here: number[] = [];
    for (let run = 0; run < RUNS[rate as 1 | 4]; run++) {
      await page.goto(`${origin}/${fixture}`);
      here.push(await timeOpen(page, worker));
      figures.phases.push({ ...(await readPhases(page)), painted: here.at(-1)! });
      await close(page);
      figures.reopen.push(await timeOpen(page, worker));
      await close(page);
      await page.evaluate(`document.body.append(document.createComment('changed ${run}'))`);
      figures.changed.push(await timeOpen(page, worker));
      await close(page);
    }
    figures.first.push(...here);
    figures.perPage.set(fixture, here);
  }
  figures.framesThrottled = counter.frames;
  return figures;
}

interface WordFigures {
  times: number[];
  phases: PhaseTimes[];
}

/** "Read page aloud" on fresh pages, voices loaded: trigger → first utterance start. */
async function firstWords(browser: BenchBrowser, origin: string, rate: number): Promise<WordFigures> {
  const { context, page, worker } = browser;
  await throttle(context, page, rate);
  const firstWord = await probeFirstWord(context, page);
  const times: number[] = [];
  const phases: PhaseTimes[] = [];
  for (const fixture of fixturePages()) {
    await page.goto(`${origin}/${fixture}`);
    const painted = await timeOpen(page, worker, 'read-aloud');
    await page.waitForFunction(
      `document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('[data-lector-spoken]')`,
      undefined,
      { timeout: 60_000 },
    );
    const deadline = Date.now() + 30_000;
    let at: number | null = null;
    while (at === null && Date.now() < deadline) {
      at = await firstWord();
      if (at === null) await page.waitForTimeout(50);
    }
    if (at === null) throw new Error(`${fixture}: no utterance started within 30 s`);
    times.push(at - (await page.evaluate<number>('window.__lectorStart')));
    phases.push({ ...(await readPhases(page)), painted });
    await close(page);
  }
  return { times, phases };
}

/** Waits for speech-dispatcher's voices, which a cold Chromium lists seconds late. */
async function voicesReady(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/news/seed-article.html`);
  await page.waitForFunction('speechSynthesis.getVoices().length > 0', undefined, { timeout: 60_000, polling: 500 });
}

interface LargeFigures {
  open: number[];
  longest: number[];
  /** Opens that gave no article (on a loaded machine the frame may run out of its 30 s): said, not hidden. */
  failed: string[];
}

async function largePage(browser: BenchBrowser, origin: string, rate: number): Promise<LargeFigures> {
  const { context, page, worker } = browser;
  await throttle(context, page, rate);
  const figures: LargeFigures = { open: [], longest: [], failed: [] };
  for (let run = 0; run < LARGE_RUNS; run++) {
    await page.goto(`${origin}/sized/${LARGE_BYTES}.html`);
    try {
      figures.open.push(await timeOpen(page, worker, 'read-aloud'));
    } catch (error) {
      figures.failed.push(error instanceof Error ? error.message.replace(/^.*: /, '') : String(error));
      figures.longest.push(await page.evaluate<number>('window.__lectorLongest'));
      await page.keyboard.press('Escape');
      continue;
    }
    await page.waitForTimeout(5_000); // five seconds of reading: tasks the page runs while it is read
    figures.longest.push(await page.evaluate<number>('window.__lectorLongest'));
    await close(page);
  }
  return figures;
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

export default async function openTimeBench(): Promise<BenchSection> {
  const server = await serveBenchPages();
  const { origin } = server;
  const lines: string[] = [];
  try {
    const byRate = new Map<number, RateFigures>();
    for (const rate of RATES) {
      const browser = await launchBenchBrowser();
      try { byRate.set(rate, await openTimes(browser, origin, rate)); } finally { await browser.close(); }
    }
    const words = new Map<number, WordFigures>();
    const large = new Map<number, LargeFigures>();
    for (const rate of RATES) {
      const browser = await launchBenchBrowser({ speech: true });
      try {
        await voicesReady(browser.page, origin);
        words.set(rate, await firstWords(browser, origin, rate));
        large.set(rate, await largePage(browser, origin, rate));
      } finally { await browser.close(); }
    }
    const fig = (rate: number) => byRate.get(rate)!;
    const row = (label: string, pick: (rate: number) => number[]) =>
      `| ${label} | ${RATES.map((rate) => `${ms(med(pick(rate)))} | ${ms(p95(pick(rate)))}`).join(' | ')} |`;
    lines.push(
      '| | median | p95 | median, 4× throttled | p95, 4× throttled |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('first open (script injected), trigger → article painted', (rate) => fig(rate).first),
      row('reopen (page unchanged: last article reused)', (rate) => fig(rate).reopen),
      row('reopen, page changed (extraction frame again)', (rate) => fig(rate).changed),
      row('"Read page aloud" → first spoken word (voices loaded)', (rate) => words.get(rate)!.times),
      row(`${LARGE_BYTES / 1_000_000} MB page: first open, trigger → article painted`, (rate) => large.get(rate)!.open),
      row(`${LARGE_BYTES / 1_000_000} MB page: the page's longest main-thread task while opening and reading`, (rate) => large.get(rate)!.longest),
      '',
      '| page | first open, median | first open, median, 4× throttled |',
      '| --- | ---: | ---: |',
      ...fixturePages().map((page) => `| \`${page}\` | ${ms(med(fig(1).perPage.get(page)!))} | ${ms(med(fig(4).perPage.get(page)!))} |`),
      '',
      `${RUNS[1]} runs per fixture page unthrottled and ${RUNS[4]} throttled (${fixturePages().length} pages), one "Read page aloud" per page, ` +
        `${LARGE_RUNS} opens of the ${LARGE_BYTES / 1_000_000} MB page; headless Chromium, e2e build, 1280×900. ` +
        `Out-of-process frames throttled in the 4× run: ${fig(4).framesThrottled} (the extraction frame is one per open).` +
        RATES.map((rate) => (large.get(rate)!.failed.length ? ` ${LARGE_BYTES / 1_000_000} MB page at ${rate}×: ${large.get(rate)!.failed.length} of ${LARGE_RUNS} opens gave no article (${large.get(rate)!.failed.join('; ')}).` : '')).join(''),
      '',
      'Where the time goes: the marks the e2e build leaves on the page\'s timeline (entrypoints/reader.content/open-phases.ts), first opens of the fixture pages (toolbar) and "Read page aloud" (voices loaded).',
      '',
      ...phaseTable([
        ...RATES.map((rate) => ({ label: `first open${rate === 1 ? '' : `, ${rate}×`}`, runs: fig(rate).phases })),
        ...RATES.map((rate) => ({ label: `"Read page aloud"${rate === 1 ? '' : `, ${rate}×`}`, runs: words.get(rate)!.phases })),
      ]),
      '',
      'Targets (issue #16):',
      `- first open median ≤ ${TARGETS.first[1]} ms: ${met(med(fig(1).first) <= TARGETS.first[1])}; ` +
        `≤ ${TARGETS.first[4]} ms at 4×: ${met(med(fig(4).first) <= TARGETS.first[4])}`,
      `- reopen median ≤ ${TARGETS.reopen} ms: ${met(med(fig(1).reopen) <= TARGETS.reopen)}`,
      `- first word median ≤ ${TARGETS.firstWord4} ms at 4×: ${met(med(words.get(4)!.times) <= TARGETS.firstWord4)}`,
      `- ${LARGE_BYTES / 1_000_000} MB page opens in ≤ ${TARGETS.large4} ms at 4×: ${met(med(large.get(4)!.open) <= TARGETS.large4)}; ` +
        `no page task over ${TARGETS.longTask} ms: ${met(Math.max(...large.get(4)!.longest) <= TARGETS.longTask)}`,
    );
    return { title: 'Open time and first word, unthrottled and at 4× CPU throttling', lines };
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, lines } = await openTimeBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
