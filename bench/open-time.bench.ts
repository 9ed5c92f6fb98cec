/**
 * Open time: from the trigger (what a toolbar click runs) to the first frame
 * with the article in the reader, in headless Chromium with the e2e build, over
 * the fixture pages (tests/fixtures/news/seed-article.html and sites/*.html).
 *
 * Measured inside the page with performance.now(): the clock starts just
 * before the background is asked to open the reader (so the test harness's
 * round trip to the service worker counts against us) and stops in the first
 * requestAnimationFrame after `article.lector-article` is in the reader's
 * shadow root. "First open" loads a fresh page each time, so the reader script
 * is injected and the extraction frame starts as for a user's first click;
 * "reopen" closes and opens again in the same, unchanged document (the last
 * article is reused); "reopen, page changed" first adds a comment to the page,
 * so the extraction frame reads it again.
 *
 *   npx tsx bench/open-time.bench.ts            # builds the e2e flavour first
 *   LECTOR_E2E_EXT=.output/chrome-mv3-e2e npx tsx bench/open-time.bench.ts   # reuse a build
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests', 'fixtures');
const RUNS_PER_PAGE = 10;
const TARGET_MEDIAN_MS = 150;

async function extensionDir(): Promise<string> {
  const given = process.env.LECTOR_E2E_EXT;
  if (given && existsSync(join(given, 'manifest.json'))) return resolve(given);
  await promisify(execFile)('npx', ['wxt', 'build', '--mode', 'e2e'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return join(root, '.output', 'chrome-mv3-e2e');
}

function fixturePages(): string[] {
  const sites = readdirSync(join(fixtures, 'sites')).filter((file) => file.endsWith('.html')).sort();
  return ['news/seed-article.html', ...sites.map((file) => `sites/${file}`)];
}

async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const file = normalize(join(fixtures, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(fixtures + sep)) return void response.writeHead(403).end();
    const body = await readFile(file).catch(() => null);
    if (body) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// Code run in the browser is passed as strings: tsx compiles functions with helpers (`__name`) the page does not have.

/** Starts the page's clock and a watcher that stops it on the first frame showing the article. */
const ARM_STOPWATCH = `(() => {
  const start = performance.now();
  window.__lectorOpen = new Promise((done) => {
    const observer = new MutationObserver(() => {
      const article = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('article.lector-article');
      if (!article) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now() - start));
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
})()`;

async function timeOpen(page: Page, worker: Worker): Promise<number> {
  const url = JSON.stringify(page.url());
  const tabId = await worker.evaluate<number>(`chrome.tabs.query({ url: ${url} }).then((tabs) => tabs[0]?.id ?? -1)`);
  await page.evaluate(ARM_STOPWATCH);
  const outcome = await worker.evaluate<{ shown: string }>(`globalThis.lectorE2E.open(${tabId})`);
  if (outcome.shown !== 'article') throw new Error(`${page.url()}: the reader showed ${outcome.shown}`);
  return page.evaluate<number>('window.__lectorOpen');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export default async function openTimeBench(): Promise<{ title: string; lines: string[] }> {
  const dir = await extensionDir();
  const { server, origin } = await serve();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, `--load-extension=${dir}`, `--disable-extensions-except=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const page = await context.newPage();
    const first: number[] = [];
    const reopen: number[] = [];
    const changed: number[] = [];
    const rows: string[] = [];
    const close = async () => {
      await page.keyboard.press('Escape');
      await page.waitForFunction('!document.querySelector("[data-lector-e2e-host]")');
    };
    for (const fixture of fixturePages()) {
      const firstHere: number[] = [];
      const reopenHere: number[] = [];
      const changedHere: number[] = [];
      for (let run = 0; run < RUNS_PER_PAGE; run++) {
        await page.goto(`${origin}/${fixture}`);
        await page.bringToFront();
        firstHere.push(await timeOpen(page, worker));
        await close();
        reopenHere.push(await timeOpen(page, worker));
        await close();
        await page.evaluate(`document.body.append(document.createComment('changed ${run}'))`);
        changedHere.push(await timeOpen(page, worker));
        await close();
      }
      first.push(...firstHere);
      reopen.push(...reopenHere);
      changed.push(...changedHere);
      rows.push(
        `| \`${fixture}\` | ${ms(percentile(firstHere, 50))} | ${ms(percentile(reopenHere, 50))} | ${ms(percentile(changedHere, 50))} |`,
      );
    }
    const median = percentile(first, 50);
    return {
      title: 'Open time (trigger to article painted)',
      lines: [
        '| | median | p95 |',
        '| --- | ---: | ---: |',
        `| first open (script injected) | ${ms(median)} | ${ms(percentile(first, 95))} |`,
        `| reopen (page unchanged: last article reused) | ${ms(percentile(reopen, 50))} | ${ms(percentile(reopen, 95))} |`,
        `| reopen, page changed (extraction frame again) | ${ms(percentile(changed, 50))} | ${ms(percentile(changed, 95))} |`,
        '',
        '| page | first open, median | reopen, median | reopen after a change, median |',
        '| --- | ---: | ---: | ---: |',
        ...rows,
        '',
        `${first.length} first opens and ${reopen.length + changed.length} reopens over ${rows.length} fixture pages in headless Chromium ` +
          `(e2e build, 1280×900). Target: median under ${TARGET_MEDIAN_MS} ms — ${median < TARGET_MEDIAN_MS ? 'met' : 'NOT met'}.`,
      ],
    };
  } finally {
    await context.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, lines } = await openTimeBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
