/**
 * Real-browser helpers for e2e tests: Debian's Chromium with the e2e build of
 * Lector loaded, a static fixture server on 127.0.0.1, the hooks that hold both
 * open for a test file, and a way to press "the toolbar button" (which
 * automation cannot click).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { LectorE2E } from '../../../entrypoints/background/e2e-hooks';
import type { TriggerOutcome } from '../../../messaging/protocol';

export { CHROMIUM_FLAGS, CHROMIUM_PATH, type LaunchedExtension, type LaunchOptions } from './chromium';
import { launchChromiumWithExtension, type LaunchedExtension, type LaunchOptions } from './chromium';
export { FIXTURES_DIR, REPO_ROOT, serveFixtures, type FixtureServer } from './fixture-server';
import { FIXTURES_DIR, REPO_ROOT, serveFixtures, type FixtureServer } from './fixture-server';
import { ensureAudioSink } from './audio';
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', 'artifacts');

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  return launchChromiumWithExtension(options.extensionDir ?? inject('lectorExtensionDir'), options);
}

export type StorageArea = 'sync' | 'local';

export interface ExtensionSessionOptions {
  launch?: LaunchOptions;
  /** A fresh tab for each test (`session.page`), closed after it. */
  newPagePerTest?: boolean;
  /** Empties these chrome.storage areas after each test, or once before closing, so settings do not leak. */
  clearStorage?: { after: 'each' | 'all'; areas: StorageArea[] };
  /** Real voices: the audio sink before launch (without one, Chromium's utterances hang) and speech-dispatcher on. */
  realVoices?: boolean;
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
    if (options.realVoices) await ensureAudioSink();
    const launch = options.realVoices ? { ...options.launch, args: [...(options.launch?.args ?? []), '--enable-speech-dispatcher'] } : options.launch;
    extension = await launchWithExtension(launch);
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
