/**
 * The real built extension in Debian's Chromium for the browser benchmarks:
 * the e2e build (its service worker exposes what a toolbar click and a menu
 * click run), the fixture pages plus generated pages of any size on 127.0.0.1,
 * CPU throttling as a slow laptop, and a probe of the first spoken word.
 *
 * Code run in the browser is passed as strings: tsx compiles functions with
 * helpers (`__name`) the page does not have.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../tests/e2e/support/chromium';
import { FIXTURES_DIR, REPO_ROOT, serveFixtures, type FixtureServer } from '../../tests/e2e/support/fixture-server';
import { sizedArticle } from './sized-article';

const root = REPO_ROOT;
export const FIXTURES = FIXTURES_DIR;

/** The e2e build, made once per process unless LECTOR_E2E_EXT names one. */
let built: Promise<string> | null = null;
export function extensionDir(): Promise<string> {
  const given = process.env.LECTOR_E2E_EXT;
  if (given && existsSync(join(given, 'manifest.json'))) return Promise.resolve(resolve(given));
  built ??= promisify(execFile)('npx', ['wxt', 'build', '--mode', 'e2e'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  }).then(() => join(root, '.output', 'chrome-mv3-e2e'));
  return built;
}

/** Serves tests/fixtures, and `/sized/<bytes>.html`: the seed article grown to that size. */
export async function serveBenchPages(): Promise<FixtureServer> {
  const sized = new Map<number, string>();
  return serveFixtures(FIXTURES, {
    generated: (path) => {
      const wanted = /^\/sized\/(\d+)\.html$/.exec(path);
      if (!wanted) return undefined;
      const bytes = Number(wanted[1]);
      if (!sized.has(bytes)) sized.set(bytes, sizedArticle(bytes));
      return sized.get(bytes);
    },
  });
}

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  worker: Worker;
  close(): Promise<void>;
}

/** One tab with Lector loaded; `speech` adds speech-dispatcher's real voices. */
export async function launchBenchBrowser(options: { speech?: boolean } = {}): Promise<BenchBrowser> {
  const speech = ['--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required'];
  const { context, serviceWorker } = await launchChromiumWithExtension(await extensionDir(), { args: options.speech ? speech : [] });
  const page = await context.newPage();
  return { context, page, worker: serviceWorker, close: () => context.close() };
}

/**
 * Chromium's CPU throttling (DevTools `Emulation.setCPUThrottlingRate`) on the page's renderer and on every
 * out-of-process frame the page gets (the extraction frame is an extension page, so another process). A frame is
 * throttled from the moment Playwright reports it attached: its first milliseconds may run at full speed, so
 * throttled figures are, if anything, slightly better than a slow machine's.
 * Returns a counter of the frames throttled, so a run can say whether the frame was reached.
 */
export async function throttle(context: BrowserContext, page: Page, rate: number): Promise<{ frames: number }> {
  const counter = { frames: 0 };
  const apply = (session: CDPSession) => session.send('Emulation.setCPUThrottlingRate', { rate });
  await apply(await context.newCDPSession(page));
  page.on('frameattached', (frame) => {
    // Only out-of-process frames get a session of their own; an in-process frame shares the page's throttling.
    context.newCDPSession(frame).then(apply).then(() => counter.frames++, () => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) void context.newCDPSession(page).then(apply).catch(() => undefined);
  });
  return counter;
}

/**
 * Records, in the reader's content-script world, when the first utterance starts. The world is created by the
 * trigger (the reader script is injected then); the probe patches it as soon as DevTools reports it, long before
 * the article is extracted and the first utterance queued. Times are the document's `performance.now()`, the
 * clock the page-side stopwatch also reads.
 */
export async function probeFirstWord(context: BrowserContext, page: Page): Promise<() => Promise<number | null>> {
  const cdp = await context.newCDPSession(page);
  let worldId: number | null = null;
  const patch = `(() => {
    if (globalThis.__lectorFirstWord !== undefined) return;
    globalThis.__lectorFirstWord = 0;
    const speak = SpeechSynthesis.prototype.speak;
    SpeechSynthesis.prototype.speak = function (utterance) {
      // Marks for the phase table (open-phases.ts): the reader's first speak() call and its first start event.
      performance.mark('lector:speak');
      utterance.addEventListener('start', () => {
        globalThis.__lectorFirstWord ||= performance.now();
        performance.mark('lector:word');
      });
      return speak.call(this, utterance);
    };
  })()`;
  type Created = { context: { id: number; origin: string; auxData?: { type?: string } } };
  cdp.on('Runtime.executionContextCreated', (event: Created) => {
    // Playwright's own utility worlds are isolated too; Lector's has the extension's origin.
    if (event.context.auxData?.type !== 'isolated' || !event.context.origin.startsWith('chrome-extension://')) return;
    worldId = event.context.id;
    void cdp.send('Runtime.evaluate', { expression: patch, contextId: worldId }).catch(() => undefined);
  });
  await cdp.send('Runtime.enable');
  return async () => {
    if (worldId === null) return null;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'globalThis.__lectorFirstWord || null',
      contextId: worldId,
      returnByValue: true,
    });
    return typeof result.value === 'number' ? result.value : null;
  };
}

export async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  const url = JSON.stringify(page.url());
  return worker.evaluate<number>(`chrome.tabs.query({ url: ${url} }).then((tabs) => tabs[0]?.id ?? -1)`);
}
