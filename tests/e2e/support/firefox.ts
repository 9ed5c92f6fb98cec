/**
 * Debian's Firefox ESR with the e2e build of Lector installed as a temporary
 * add-on, driven over WebDriver BiDi by puppeteer-core (playwright-core cannot
 * drive stock Firefox). Every connection Firefox tries to make beyond
 * 127.0.0.1/localhost goes to a local trap that records it and answers nothing.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { LectorE2E } from '../../../entrypoints/background/e2e-hooks';
import type { TriggerOutcome } from '../../../messaging/protocol';
import { GECKO_ID } from '../../../wxt.config';
import { serveFixtures, type FixtureServer } from './browser';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const REPO = resolve(import.meta.dirname, '../../..');

/**
 * The Firefox e2e build (`wxt build -b firefox --mode e2e`), built once per e2e
 * run: the path is kept in the environment, which the single e2e fork shares
 * across files. Set LECTOR_FIREFOX_E2E_EXT to an existing build to skip building.
 */
export async function firefoxE2eBuild(): Promise<string> {
  const reused = process.env.LECTOR_FIREFOX_E2E_EXT;
  if (reused && existsSync(join(reused, 'manifest.json'))) return resolve(reused);
  await promisify(execFile)('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const built = join(REPO, '.output', 'firefox-mv3-e2e');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`No Firefox e2e build at ${built}.`);
  process.env.LECTOR_FIREFOX_E2E_EXT = built;
  return built;
}

export interface FirefoxSession {
  readonly firefox: LaunchedFirefox;
  readonly server: FixtureServer;
}

/**
 * Registers, in the suite it is called in, what a Firefox e2e file needs: the
 * Firefox e2e build (made once per run), the fixture server, and Firefox ESR
 * with Lector before all tests, both closed after. `beforeLaunch` runs just
 * before Firefox starts (an audio sink, stopping the speech server for a cold
 * start). As useExtensionSession does for Chromium (support/browser.ts).
 */
/**
 * `prepareExtension`: a variant of the build to install instead (given the build's folder, returns the variant's);
 * `prefs`: more Firefox preferences (a touch screen's pointer, say).
 */
export function useFirefoxSession(
  options: {
    beforeLaunch?: () => Promise<void>;
    profileDir?: () => Promise<string>;
    prepareExtension?: (built: string) => Promise<string>;
    prefs?: Record<string, Pref>;
  } = {},
): FirefoxSession {
  let firefox: LaunchedFirefox | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    if (!existsSync(FIREFOX_PATH)) {
      throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr (.ci/run does) or set FIREFOX_PATH.`);
    }
    const built = await firefoxE2eBuild();
    const extensionDir = options.prepareExtension ? await options.prepareExtension(built) : built;
    server = await serveFixtures();
    await options.beforeLaunch?.();
    firefox = await launchFirefoxWithExtension(extensionDir, await options.profileDir?.(), undefined, options.prefs);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  return {
    get firefox() {
      if (!firefox) throw new Error('Firefox is not running: use the session inside a test');
      return firefox;
    },
    get server() {
      if (!server) throw new Error('The fixture server is not running: use the session inside a test');
      return server;
    },
  };
}

/** A dead end on 127.0.0.1 for everything Firefox would send to the internet. */
export interface NetworkTrap {
  port: number;
  /** Requests that came as a proxy's (internet-bound), e.g. `CONNECT host:443 HTTP/1.1`. */
  attempts: string[];
  close(): Promise<void>;
}

/**
 * A stand-in proxy on 127.0.0.1: answers nothing, closes every connection, and
 * records the first line of each proxied request. Direct requests (origin-form
 * `GET /…`, from services pointed straight at it) are closed without a record.
 */
export async function startNetworkTrap(): Promise<NetworkTrap> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n');
      if (end === -1 && head.length < 4096) return;
      const line = end === -1 ? head : head.slice(0, end);
      if (!/^[A-Z]+ \//.test(line)) attempts.push(line);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export type Pref = string | number | boolean;

/**
 * On top of puppeteer's own test profile (no updates, no safe browsing, no
 * normandy, blocklist on a dummy host): every non-local connection goes to the
 * trap, and the services that phone home are off so the trap stays empty.
 */
export function firefoxPrefs(trapPort: number, extensionUuid: string): Record<string, Pref> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.share_proxy_settings': true,
    // 127.0.0.1 and localhost bypass the proxy (allow_hijacking_localhost is false): the fixture server is direct.
    'network.proxy.no_proxies_on': '',
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.archive.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    // Remote settings (blocklists, tracking lists, search config) sync as soon as
    // anything asks for a collection; send them straight to the trap, not via it.
    'services.settings.server': `http://127.0.0.1:${trapPort}/remote-settings/v1`,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'geo.provider.network.url': '',
    'app.shield.optoutstudies.enabled': false,
    'browser.discovery.enabled': false,
    'security.OCSP.enabled': 0,
    // The add-on's moz-extension:// host is fixed, so tests can tell its pages.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
  };
}

/** Code evaluated in a Lector page runs where Firefox's `browser` namespace exists. */
/** `globalThis` in one of Lector's own pages, where the WebExtension API is `browser`. */
export type ExtensionPageGlobal = typeof globalThis & { browser: typeof ExtensionApi };

export interface LaunchedFirefox {
  browser: Browser;
  /** A Lector page (the welcome tab) from which tests call the extension APIs and the background page. */
  control: Page;
  extensionOrigin: string;
  trap: NetworkTrap;
  close(): Promise<void>;
}

/** Firefox ESR, headless, fresh profile, with `extensionDir` installed as a temporary add-on. */
/** `profileDir`: a profile prepared beforehand (files Firefox reads at start); a fresh temporary one otherwise. */
/**
 * `restartable`: the same on every launch on one profile, for a browser restart. The temporary add-on is
 * uninstalled when Firefox closes, which would delete its storage: it is kept, with its moz-extension host
 * (`uuid`), by the keep*OnUninstall prefs, so the next launch finds what the last one stored.
 */
export async function launchFirefoxWithExtension(
  extensionDir: string,
  profileDir?: string,
  restartable?: { uuid: string },
  prefs: Record<string, Pref> = {},
): Promise<LaunchedFirefox> {
  const trap = await startNetworkTrap();
  const uuid = restartable?.uuid ?? randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      ...(profileDir ? { userDataDir: profileDir } : {}),
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        ...firefoxPrefs(trap.port, uuid),
        ...(restartable ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
        ...prefs,
      },
      // Release builds ignore services.settings.server unless this is set (seen: without it,
      // remote settings went to firefox.settings.services.mozilla.com despite the pref).
      env: { ...process.env, MOZ_HEADLESS: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      timeout: 30_000,
    });
    const addonId = await browser.installExtension(extensionDir);
    if (addonId !== GECKO_ID) throw new Error(`Installed add-on has id ${addonId}, expected ${GECKO_ID}`);
    const extensionOrigin = `moz-extension://${uuid}`;
    const control = await waitForExtensionPage(browser, extensionOrigin);
    const opened = browser;
    return {
      browser,
      control,
      extensionOrigin,
      trap,
      close: async () => {
        try {
          await opened.close();
        } finally {
          await trap.close();
        }
      },
    };
  } catch (error) {
    await browser?.close();
    await trap.close();
    throw error;
  }
}

/**
 * WebDriver BiDi may not navigate a tab to moz-extension:// ("not allowed in
 * this context"), but it may run code in one Lector opened itself: the welcome
 * tab that a fresh install opens. Its URL is read from inside, as puppeteer's
 * cached one can still say about:blank.
 */
async function waitForExtensionPage(browser: Browser, extensionOrigin: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${extensionOrigin}/`)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Lector opened no page of its own (${extensionOrigin}) within 15 s of being installed`);
}

/**
 * The id the extension APIs give the tab showing `page`. Pages Lector has host
 * access to are found by URL; others (about:blank…) are taken as the active tab.
 */
export async function firefoxTabIdOf(firefox: LaunchedFirefox, page: Page): Promise<number> {
  await page.bringToFront();
  const tabId = await firefox.control.evaluate(async (url: string) => {
    // Not query({ url }): a URL with a port is no valid match pattern.
    const tabs = await (globalThis as ExtensionPageGlobal).browser.tabs.query({});
    const match = tabs.find((tab) => tab.url === url) ?? tabs.find((tab) => tab.active);
    return match?.id ?? null;
  }, page.url());
  if (tabId === null) throw new Error(`No tab found for ${page.url()}`);
  return tabId;
}

/**
 * Does what a click on the toolbar button does for `page`: the event page's
 * `lectorE2E.open(tabId)`, reached from a Lector page with getBackgroundPage().
 */
export async function openReaderInFirefox(firefox: LaunchedFirefox, page: Page): Promise<TriggerOutcome> {
  const tabId = await firefoxTabIdOf(firefox, page);
  const json = await firefox.control.evaluate(async (id: number) => {
    const api = (globalThis as ExtensionPageGlobal).browser;
    const background = (await api.runtime.getBackgroundPage()) as (Window & { lectorE2E?: LectorE2E }) | null;
    if (!background?.lectorE2E) throw new Error('The background page has no lectorE2E hook (not an e2e build?)');
    // Through JSON: the result is an object of the background page's compartment.
    return JSON.stringify(await background.lectorE2E.open(id));
  }, tabId);
  return JSON.parse(json) as TriggerOutcome;
}

export interface ActionState {
  badge: string;
  title: string;
  popup: string;
}

/** The toolbar button's state for `page`'s tab. */
export async function firefoxActionState(firefox: LaunchedFirefox, page: Page): Promise<ActionState> {
  const tabId = await firefoxTabIdOf(firefox, page);
  return firefox.control.evaluate(async (id: number) => {
    const { action } = (globalThis as ExtensionPageGlobal).browser;
    return {
      badge: await action.getBadgeText({ tabId: id }),
      title: await action.getTitle({ tabId: id }),
      popup: await action.getPopup({ tabId: id }),
    };
  }, tabId);
}

/** The reader's player as a listener follows it: Play/Pause label, "Sentence N of M", and the polite live region. */
export interface FirefoxPlayerState {
  play: string | null;
  position: string;
  sentence: number;
  live: string;
}

export const firefoxPlayerState = (page: Page): Promise<FirefoxPlayerState> =>
  page.evaluate(() => {
    const root = document.querySelector('[data-lector-e2e-host]')?.shadowRoot;
    const play = root?.querySelector<HTMLElement>('.lector-play')?.innerText.trim() ?? null;
    const position = root?.querySelector<HTMLElement>('.lector-progress')?.innerText ?? '';
    const live = root?.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
    return { play, position, sentence: Number(/Sentence (\d+) of/.exec(position)?.[1] ?? NaN), live };
  });
