/**
 * Firefox for Android, as near as a desktop can come: the Firefox e2e build with Android's manifest (no keyboard
 * commands, no sidebar, no context menus: support/android-build.ts) in Firefox ESR, in a 412 × 915 phone viewport
 * with a touch screen's pointer. Firefox ESR 153 has no WebDriver BiDi `emulation.setTouchOverride` ("unknown
 * command"; puppeteer's `hasTouch` is silently dropped), so the touch screen comes from Firefox's own look-and-feel
 * preferences: the primary and every pointer coarse (`(pointer: coarse)` and `(any-pointer: coarse)` match) and one
 * touch point (`navigator.maxTouchPoints`). Taps are WebDriver touch input (`input.performActions`, pointer type
 * touch). Not emulated: Android's own WebExtension runtime, its voices (Firefox ESR speaks through
 * speech-dispatcher here), the on-screen keyboard, the phone's pixel density. Nothing here ran on a real phone.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { androidVariant } from './support/android-build';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { WCAG_22_A_AA } from './support/axe';
import { ARTIFACTS_DIR, artifactPath, REPO_ROOT } from './support/browser';
import { firefoxPlayerState, openReaderInFirefox, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';

const PHONE = { width: 412, height: 915 };
const MIN_TARGET = 44;
const speechSkipReason = await realSpeechSkipReason();

let extensionDir = '';
/** Firefox's LookAndFeel pointer capabilities: 1 is coarse (no fine, no hover), as a phone's touch screen. */
const TOUCH_SCREEN_PREFS = {
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
  'dom.maxtouchpoints.testing.value': 1,
};

const session = useFirefoxSession({
  prefs: TOUCH_SCREEN_PREFS,
  prepareExtension: async (built) => (extensionDir = await androidVariant(built)),
  beforeLaunch: async () => {
    if (speechSkipReason === null) await ensureAudioSink();
  },
});

let page: Page;

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  page = await session.firefox.browser.newPage();
  await page.setViewport(PHONE);
  await page.goto(`${session.server.origin}/news/seed-article.html`);
  await page.bringToFront();
});

afterAll(async () => {
  await page?.close();
});

interface Target {
  what: string;
  width: number;
  height: number;
}

/** Every control the reader shows now, with the box a finger has to hit (a radio's or checkbox's is its label). */
const visibleTargets = (page: Page): Promise<Target[]> =>
  page.evaluate(() => {
    const root = document.querySelector('[data-lector-e2e-host]')?.shadowRoot;
    const controls = [...(root?.querySelectorAll<HTMLElement>('button, select, input, summary, [role="button"]') ?? [])];
    return controls.flatMap((control) => {
      const input = control instanceof HTMLInputElement && /^(radio|checkbox)$/.test(control.type);
      const target = input ? (control.closest('label') ?? control) : control;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      // Hidden controls (display: none, a closed panel, the visually-hidden 1 px kind) are no target.
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') return [];
      const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? '';
      return [{ what: `${control.tagName.toLowerCase()}.${control.className} "${name.slice(0, 30)}"`, width: box.width, height: box.height }];
    });
  });

describe('the Android build in a phone-sized Firefox ESR with touch', () => {
  it('passes web-ext lint with the Android manifest too', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['web-ext', 'lint', '--source-dir', extensionDir, '--output', 'json', '--no-config-discovery'],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const { summary } = JSON.parse(stdout) as { summary: { errors: number; warnings: number; notices: number } };
    // The e2e build's host access to 127.0.0.1 is the one difference from the store build; AMO's linter does not mind it.
    expect(summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 120_000);

  it('has no commands, context menus or sidebar, as on Android, and the background still wired everything else', async () => {
    const apis = await session.firefox.control.evaluate(() => {
      const api = (globalThis as ExtensionPageGlobal).browser as unknown as Record<string, unknown>;
      return { commands: typeof api['commands'], contextMenus: typeof api['contextMenus'], sidebarAction: typeof api['sidebarAction'], action: typeof api['action'] };
    });
    expect(apis).toEqual({ commands: 'undefined', contextMenus: 'undefined', sidebarAction: 'undefined', action: 'object' });
    // The e2e hook is installed last in the background (entrypoints/background/index.ts): had a setup thrown, it would be missing.
    const hooked = await session.firefox.control.evaluate(async () => {
      const background = (await (globalThis as ExtensionPageGlobal).browser.runtime.getBackgroundPage()) as (Window & { lectorE2E?: unknown }) | null;
      return Boolean(background?.lectorE2E);
    });
    expect(hooked).toBe(true);
  });

  it('emulates a touch screen: coarse pointer, touch points, phone width', async () => {
    const device = await page.evaluate(() => ({
      coarse: matchMedia('(pointer: coarse)').matches,
      touchPoints: navigator.maxTouchPoints,
      width: innerWidth,
      height: innerHeight,
    }));
    expect(device).toEqual({ coarse: true, touchPoints: 1, ...PHONE });
  });

  it('opens the reader full-screen with every control at least 44 × 44 CSS px, and reads on a tap of Play', async () => {
    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
    await expect.poll(async () => (await firefoxPlayerState(page)).play).toBe('Play');

    const box = await page.evaluate(() => {
      const rect = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getBoundingClientRect();
      return rect ? { width: rect.width, height: rect.height } : null;
    });
    expect(box).toEqual(PHONE);

    const bar = await visibleTargets(page);
    // Previous, Play, Next, More, Close at least.
    expect(bar.length).toBeGreaterThanOrEqual(5);
    expect(bar.filter((target) => target.width < MIN_TARGET || target.height < MIN_TARGET)).toEqual([]);

    // "More" opens the rest of the player: those controls too.
    await tapInReader(page, '.lector-more-toggle');
    await expect.poll(async () => (await visibleTargets(page)).length).toBeGreaterThan(bar.length);
    const more = await visibleTargets(page);
    expect(more.filter((target) => target.width < MIN_TARGET || target.height < MIN_TARGET)).toEqual([]);
    const smallest = (side: 'width' | 'height') => Math.min(...more.map((target) => target[side]));
    console.info(`[firefox android] ${bar.length} controls in the bar, ${more.length} with More open; smallest ${smallest('width')} × ${smallest('height')} px`);
    await page.screenshot({ path: artifactPath('firefox-android-reader.png') });
    expect(await axeOnReader(page)).toEqual([]);
    await tapInReader(page, '.lector-more-toggle');

    if (speechSkipReason !== null) return void console.warn(`[firefox android] reading not checked: ${speechSkipReason}`);
    // Any voice the system has: Lector picks none by name.
    await tapInReader(page, '.lector-play');
    await expect.poll(async () => (await firefoxPlayerState(page)).play).toBe('Pause');
    await expect.poll(async () => (await firefoxPlayerState(page)).sentence, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
    const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
    expect(voices).toBeGreaterThan(0);
  });

  it('says nothing of keyboard shortcuts or context menus on the options and welcome pages, which Android has not', async () => {
    const { browser, control } = session.firefox;
    const origin = await control.evaluate(() => location.origin);
    // WebDriver BiDi may not navigate to moz-extension pages: Lector's own page opens them, as a user's click would.
    const texts = async (path: string) => {
      await control.evaluate((url: string) => (globalThis as ExtensionPageGlobal).browser.tabs.create({ url }), `${origin}/${path}`);
      let tab: Page | null = null;
      await expect
        .poll(async () => {
          for (const candidate of await browser.pages()) {
            const address = await candidate.evaluate(() => location.href).catch(() => '');
            // Not the welcome tab the session drives the extension from.
            if (candidate !== control && address.endsWith(`/${path}`)) tab = candidate;
          }
          return tab !== null;
        }, { timeout: 30_000 })
        .toBe(true);
      const opened = tab as unknown as Page;
      await expect.poll(() => opened.evaluate(() => document.querySelector('h1')?.textContent ?? ''), { timeout: 30_000 }).not.toBe('');
      const seen = await opened.evaluate(() => document.body.innerText);
      await opened.close();
      return seen;
    };
    const options = await texts('options.html');
    // The reader's own keys are still listed (a phone may have a keyboard); the browser's shortcut is not.
    expect(options).toContain('Keyboard');
    expect(options).not.toContain('Open or close the reader');
    expect(options).not.toMatch(/Set a shortcut|Change the shortcut/);
    const welcome = await texts('welcome.html');
    expect(welcome).toContain('click the Lector button');
    expect(welcome).not.toMatch(/keyboard shortcut|right-click/i);
  });

  it('opens the listening queue in a tab of its own, as Android has no sidebar', async () => {
    const { browser } = session.firefox;
    if ((await firefoxPlayerState(page)).play === 'Pause') await tapInReader(page, '.lector-play');
    await tapInReader(page, '.lector-more-toggle');
    const before = (await browser.pages()).length;
    await tapInReader(page, '.lector-queue-open');
    // Puppeteer keeps a new tab's first address (about:blank) for a moz-extension page: ask the page itself.
    const panelPage = async () => {
      for (const tab of (await browser.pages()).slice(before - 1)) {
        const address = await tab.evaluate(() => location.href).catch(() => '');
        if (address.endsWith('/sidepanel.html')) return tab;
      }
      return null;
    };
    await expect.poll(async () => (await panelPage()) !== null, { timeout: 30_000 }).toBe(true);
    const panel = (await panelPage())!;
    await expect.poll(() => panel.evaluate(() => document.title), { timeout: 30_000 }).not.toBe('');
    await panel.close();
  });
});

/** axe-core's WCAG 2.2 A/AA violations in the reader (support/axe.ts does the same for Playwright pages in Chromium). */
async function axeOnReader(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(async (tags: string[]) => {
    type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
    const { axe } = window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } };
    const result = await axe.run({ include: { fromShadowDom: ['[data-lector-e2e-host]', '[role="dialog"]'] } }, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  }, WCAG_22_A_AA);
}

/** A real tap (touch input through WebDriver BiDi) on the first element of the reader that matches `selector`. */
async function tapInReader(page: Page, selector: string): Promise<void> {
  const point = await page.evaluate((query: string) => {
    const el = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector(query);
    if (!el) throw new Error(`nothing matches ${query} in the reader`);
    const rect = el.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, selector);
  await page.touchscreen.tap(point.x, point.y);
}
