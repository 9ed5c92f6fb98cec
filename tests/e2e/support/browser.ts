/**
 * Real-browser helpers for e2e tests: Debian's Chromium with the e2e build of
 * Lector loaded, a static fixture server on 127.0.0.1, the hooks that hold both
 * open for a test file, and a way to press "the toolbar button" (which
 * automation cannot click).
 */
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { LectorE2E } from '../../../entrypoints/background/e2e-hooks';
import type { TriggerOutcome } from '../../../messaging/protocol';

export { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', 'artifacts');

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Defaults to the build made by tests/e2e/global-setup.ts. */
  extensionDir?: string;
  /** Extra Chromium flags (e.g. `--enable-speech-dispatcher`). */
  args?: string[];
  /** Extra environment for the browser (e.g. a private D-Bus session bus). */
  env?: Record<string, string>;
  /** A profile folder to keep between launches (a restart); a fresh temporary one by default. */
  userDataDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? inject('lectorExtensionDir');
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    // Each launch is a fresh install, which opens the welcome tab. Tests start once it is there: opened later, it
    // would become the active tab under a test's page, and pages whose URL is hidden from us (chrome://…) are
    // found as the active tab (tabIdOf).
    const deadline = Date.now() + 10_000;
    while (!context.pages().some((page) => page.url().endsWith('/welcome.html')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { context, serviceWorker, extensionId, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serves `rootDir` read-only on 127.0.0.1 (a free port); nothing outside it is reachable.
 * `?csp-sandbox` on a page's address serves it with `Content-Security-Policy: sandbox allow-scripts`
 * (an opaque origin, which a <meta> policy cannot give); `?csp-no-media` serves it with
 * `Content-Security-Policy: media-src 'none'` (no audio or video of any origin, blob: included).
 */
export async function serveFixtures(rootDir: string = FIXTURES_DIR): Promise<FixtureServer> {
  const root = resolve(rootDir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(url.searchParams.has('csp-sandbox') ? { 'content-security-policy': 'sandbox allow-scripts' } : {}),
        ...(url.searchParams.has('csp-no-media') ? { 'content-security-policy': "media-src 'none'" } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

export type StorageArea = 'sync' | 'local';

export interface ExtensionSessionOptions {
  launch?: LaunchOptions;
  /** A fresh tab for each test (`session.page`), closed after it. */
  newPagePerTest?: boolean;
  /** Empties these chrome.storage areas after each test, or once before closing, so settings do not leak. */
  clearStorage?: { after: 'each' | 'all'; areas: StorageArea[] };
}

export interface ExtensionSession {
  readonly extension: LaunchedExtension;
  readonly server: FixtureServer;
  /** The current test's tab (only with `newPagePerTest`). */
  readonly page: Page;
}

/**
 * Registers, in the suite it is called in, the hooks a Chromium e2e file needs:
 * the artifacts folder, the fixture server and Chromium with Lector before all
 * tests, and both closed after. Vitest runs before-hooks in the order they were
 * registered and after-hooks in reverse, so a file's own hooks registered after
 * this call see the browser running (and a per-test page already open).
 */
export function useExtensionSession(options: ExtensionSessionOptions = {}): ExtensionSession {
  let extension: LaunchedExtension | undefined;
  let server: FixtureServer | undefined;
  let page: Page | undefined;
  const { clearStorage } = options;
  const clearStorageOf = async (target: LaunchedExtension | undefined, areas: StorageArea[]) => {
    await target?.serviceWorker.evaluate(
      (names: StorageArea[]) => Promise.all(names.map((name) => chrome.storage[name].clear())),
      areas,
    );
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    server = await serveFixtures(FIXTURES_DIR);
    extension = await launchWithExtension(options.launch);
  });

  afterAll(async () => {
    if (clearStorage?.after === 'all') await clearStorageOf(extension, clearStorage.areas);
    await extension?.close();
    await server?.close();
  });

  if (options.newPagePerTest) {
    beforeEach(async () => {
      page = await running(extension, 'browser').context.newPage();
    });
  }

  if (options.newPagePerTest || clearStorage?.after === 'each') {
    afterEach(async () => {
      await page?.close();
      page = undefined;
      if (clearStorage?.after === 'each') await clearStorageOf(extension, clearStorage.areas);
    });
  }

  return {
    get extension() {
      return running(extension, 'browser');
    },
    get server() {
      return running(server, 'fixture server');
    },
    get page() {
      if (!options.newPagePerTest) throw new Error('This session has no per-test page: pass { newPagePerTest: true }.');
      return running(page, 'page');
    },
  };
}

function running<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`The ${what} is not open here: use the session inside tests, or hooks registered after useExtensionSession().`);
  }
  return value;
}

export function serviceWorkerOf(page: Page): Worker {
  const worker = page.context().serviceWorkers()[0];
  if (!worker) throw new Error('The extension has no running service worker in this context.');
  return worker;
}

/** A page stays in its tab: found once, its id is kept (a page may give itself megabytes of address later). */
const tabIds = new WeakMap<Page, number>();

/**
 * The tab id of `page`. Pages Lector has host access to (the fixture server)
 * are found by URL; others (chrome://…) are taken as the active tab. Found
 * once per page: looking a 1.9 MB address up again took 30 s.
 */
export async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const tabId = await serviceWorkerOf(page).evaluate(async (url: string) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.filter((tab) => tab.url === url);
    const match = byUrl.find((tab) => tab.active) ?? byUrl[0] ?? tabs.find((tab) => tab.active);
    return match?.id ?? null;
  }, page.url());
  if (tabId === null) throw new Error(`No tab found for ${page.url()}`);
  tabIds.set(page, tabId);
  return tabId;
}

type E2EGlobal = typeof globalThis & { lectorE2E: LectorE2E };

/** Does what a click on the toolbar button does for this page; resolves once the reader (or its message) shows. */
export async function openReader(page: Page): Promise<TriggerOutcome> {
  const tabId = await tabIdOf(page);
  return serviceWorkerOf(page).evaluate(
    (id: number) => (globalThis as E2EGlobal).lectorE2E.open(id),
    tabId,
  );
}

/** Does what a click on one of Lector's context-menu items does. */
export async function clickMenuItem(
  page: Page,
  info: { menuItemId: string; selectionText?: string },
): Promise<TriggerOutcome | null> {
  const tabId = await tabIdOf(page);
  return serviceWorkerOf(page).evaluate(
    ([id, menuInfo]) => (globalThis as E2EGlobal).lectorE2E.menuClick(id, menuInfo),
    [tabId, info] as const,
  );
}

/** The reader dialog inside its shadow root (Playwright's CSS engine pierces open shadow roots). */
export function readerDialog(page: Page): Locator {
  return page.locator('[data-lector-e2e-host] [role="dialog"]');
}

export function artifactPath(name: string): string {
  return join(ARTIFACTS_DIR, name);
}

/** What the seed fixture must show: its title, sentences that must stay, clutter lines that must go. */
export interface SeedExpectation {
  title: string;
  keep: string[];
  drop: string[];
}

export async function readSeedExpectation(): Promise<SeedExpectation> {
  return JSON.parse(await readFile(join(FIXTURES_DIR, 'news/seed-article.expect.json'), 'utf8')) as SeedExpectation;
}
