/**
 * The listening queue (issue #14), in headless Chromium with the e2e build and
 * real espeak-ng voices:
 * - "Add to queue" → stored: the e2e hook does what the menu item does (inject
 *   the reader script, extract the page as the reader would, write it to
 *   storage.local) and resolves once the article is stored; timed on each
 *   fixture page in a fresh tab (first add) and again after a reload;
 * - panel start → first word: the panel page opened (as a tab), its list shown,
 *   Play pressed on the first article at once, until the voice starts (the
 *   reader model says "Playing" when the first utterance starts).
 * Run alone: `npm run bench -- queue` (LECTOR_E2E_EXT=.output/chrome-mv3-e2e reuses a build).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Worker } from 'playwright-core';
import { ensureAudioSink, realSpeechSkipReason } from '../tests/e2e/support/audio';
import { launchChromiumWithExtension } from '../tests/e2e/support/chromium';
import { FIXTURES_DIR, serveFixtures } from '../tests/e2e/support/fixture-server';
import { percentile } from './quality/stats';
import { extensionDir } from './support/bench-browser';

const fixtures = FIXTURES_DIR;
const PANEL_RUNS = 8;

function fixturePages(): string[] {
  const sites = readdirSync(join(fixtures, 'sites')).filter((file) => file.endsWith('.html')).sort();
  return ['news/seed-article.html', ...sites.map((file) => `sites/${file}`)];
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const row = (label: string, samples: number[]) =>
  `| ${label} | ${samples.length} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 95))} | ${ms(Math.max(...samples))} |`;

// Code run in the browser is passed as strings: tsx compiles functions with helpers (`__name`) the page does not have.
async function timeAdd(worker: Worker, url: string): Promise<number> {
  const result = await worker.evaluate<{ kind: string; ms: number }>(`(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(url)} });
    const started = performance.now();
    const outcome = await globalThis.lectorE2E.addToQueue(tab.id);
    return { kind: outcome.kind, ms: performance.now() - started };
  })()`);
  if (result.kind !== 'added') throw new Error(`${url}: adding said ${result.kind}`);
  return result.ms;
}

const clearQueue = (worker: Worker) => worker.evaluate('chrome.storage.local.clear()');

/** Opens the panel and presses Play on the first article as soon as it is listed; ms from navigation to "Playing". */
async function timePanel(context: BrowserContext, extensionId: string): Promise<{ shown: number; firstWord: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`, { waitUntil: 'commit' });
    await page.locator('[data-queue-title]').first().focus();
    const shown = await page.evaluate<number>('performance.now()');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      `[...document.querySelectorAll('[role="status"]')].some((region) => region.textContent === 'Playing')`,
      null,
      { timeout: 60_000, polling: 10 },
    );
    const firstWord = await page.evaluate<number>('performance.now()');
    return { shown, firstWord };
  } finally {
    await page.close();
  }
}

export default async function queueBench(): Promise<{ title: string; lines: string[] }> {
  const title = 'Listening queue: add → stored, panel start → first word';
  const dir = await extensionDir();
  const skip = await realSpeechSkipReason();
  if (!skip) await ensureAudioSink();
  const server = await serveFixtures();
  const { context, serviceWorker: worker, extensionId } = await launchChromiumWithExtension(dir, {
    viewport: { width: 420, height: 900 },
    args: ['--enable-speech-dispatcher'],
  });
  try {
    const first: number[] = [];
    const again: number[] = [];
    const rows: string[] = [];
    for (const fixture of fixturePages()) {
      const page = await context.newPage();
      const url = `${server.origin}/${fixture}`;
      await page.goto(url);
      const fresh = await timeAdd(worker, url);
      await clearQueue(worker);
      await page.reload();
      const reloaded = await timeAdd(worker, url);
      first.push(fresh);
      again.push(reloaded);
      rows.push(`| \`${fixture}\` | ${ms(fresh)} | ${ms(reloaded)} |`);
      await page.close();
    }
    const lines = [
      'Headless Debian Chromium, e2e build, fixture pages from 127.0.0.1. Add: the hook call until the article is in storage.local',
      '(reader script injected in a fresh tab, extraction frame, write). Each page added to an empty queue.',
      '',
      '| Page | Add → stored (fresh tab) | After a reload |',
      '| --- | ---: | ---: |',
      ...rows,
      '',
      '| Measure | Samples | Median | p95 | Max |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('Add → stored, fresh tab', first),
      row('Add → stored, after a reload', again),
    ];
    if (skip) return { title, lines: [...lines, '', `Panel start → first word not measured: ${skip}.`] };
    // The panel reads the last page added (the queue holds one): a long article, so Play starts at its title.
    await context.pages()[0]?.bringToFront();
    const shown: number[] = [];
    const firstWord: number[] = [];
    for (let run = 0; run < PANEL_RUNS; run++) {
      const timing = await timePanel(context, extensionId);
      shown.push(timing.shown);
      firstWord.push(timing.firstWord);
    }
    lines.push(row('Panel start → list shown (Play pressed)', shown));
    lines.push(row('Panel start → first word (voice started)', firstWord));
    return { title, lines };
  } finally {
    await context.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, lines } = await queueBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
