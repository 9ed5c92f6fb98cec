/**
 * The listening queue's sidebar page in Firefox ESR, beyond reading through
 * (queue-panel-firefox.test.ts): axe-core finds nothing in any theme, it
 * reflows at 320 × 256 CSS px, and after a browser restart on the same profile
 * the queue and the place reached in an article (with real voices) are still
 * there, with the offer to continue. Real key presses.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../settings/listening-queue';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { WCAG_22_A_AA } from './support/axe';
import { serveFixtures, type FixtureServer } from './support/browser';
import { FIREFOX_PATH, firefoxE2eBuild, launchFirefoxWithExtension, type ExtensionPageGlobal, type LaunchedFirefox } from './support/firefox';
import { addFirefoxTabToQueue, firefoxQueueTitles, openFirefoxQueuePanel } from './support/queue-panel-firefox';
import { pageReflow } from './support/reflow';

const skipReason = (await realSpeechSkipReason()) ?? (existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH}`);
if (skipReason) console.warn(`[firefox queue restart e2e] skipped: ${skipReason}`);

const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;

describe.skipIf(skipReason !== null)('the queue sidebar page in Firefox ESR', () => {
  let firefox: LaunchedFirefox;
  let server: FixtureServer;
  let profile: string;
  let extensionDir: string;
  const identity = { uuid: randomUUID() };
  const launch = () => launchFirefoxWithExtension(extensionDir, profile, identity);

  beforeAll(async () => {
    await ensureAudioSink();
    extensionDir = await firefoxE2eBuild();
    server = await serveFixtures();
    profile = await mkdtemp(join(tmpdir(), 'lector-ff-queue-profile-'));
    firefox = await launch();
    await firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.set({ rate: 2 }));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const stored = async (): Promise<QueueEntry[]> =>
    JSON.parse(
      await firefox.control.evaluate(async () => {
        const { listeningQueue } = await (globalThis as ExtensionPageGlobal).browser.storage.local.get('listeningQueue');
        return JSON.stringify((listeningQueue as { entries?: unknown[] } | undefined)?.entries ?? []);
      }),
    ) as QueueEntry[];

  async function axe(page: Page): Promise<{ violations: string[]; passes: number }> {
    if (!(await page.evaluate(() => 'axe' in window))) {
      await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    }
    return page.evaluate(async (tags: string[]) => {
      type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] };
      const run = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run;
      const result = await run({ include: ['body'] }, { runOnly: { type: 'tag', values: tags } });
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
        passes: result.passes.length,
      };
    }, WCAG_22_A_AA);
  }

  it('adds two articles; axe-core finds no WCAG 2.2 A/AA violation in any theme', async () => {
    for (const fixture of ['queue/river.html', 'queue/lamp.html']) {
      expect((await addFirefoxTabToQueue(firefox, server, fixture)).kind).toBe('added');
    }
    for (const theme of THEMES) {
      await firefox.control.evaluate((value: string) => (globalThis as ExtensionPageGlobal).browser.storage.sync.set({ theme: value }), theme);
      const panel = await openFirefoxQueuePanel(firefox);
      await panel.waitForSelector('#lector-title');
      expect(await panel.$eval('.lector-queue-panel', (el) => el.getAttribute('data-theme'))).toBe(theme);
      const { violations, passes } = await axe(panel);
      expect(violations, theme).toEqual([]);
      expect(passes).toBeGreaterThan(10);
      await panel.close();
    }
    await firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.remove('theme'));
  }, 120_000);

  it('reflows at 320 × 256 CSS px: nothing scrolls sideways, every control can be brought into view', async () => {
    const panel = await openFirefoxQueuePanel(firefox);
    await panel.setViewport({ width: 320, height: 256 });
    await panel.waitForSelector('#lector-title');
    const report = await panel.evaluate(pageReflow);
    expect(report.width).toBe(320);
    expect(report.pageWidth).toBeLessThanOrEqual(320);
    expect(report.sideways).toEqual([]);
    expect(report.checked).toBeGreaterThan(5);
    expect(report.unreachable).toEqual([]);
    await panel.close();
  }, 60_000);

  it('keeps the queue and the place in an article across a browser restart on the same profile', async () => {
    // Queued by the first test; again here so that this test also runs alone (-t): "already queued" then.
    for (const fixture of ['queue/river.html', 'queue/lamp.html']) {
      expect((await addFirefoxTabToQueue(firefox, server, fixture)).kind).toMatch(/added|already-queued/);
    }
    const panel = await openFirefoxQueuePanel(firefox);
    const titles = await firefoxQueueTitles(panel);
    expect(titles).toHaveLength(2);
    await panel.focus('[data-queue-title]');
    await panel.keyboard.press('Enter');
    const sentence = (page: Page) =>
      page.evaluate(() => Number(/(\d+)/.exec(document.querySelector('.lector-progress')?.textContent ?? '')?.[1] ?? 0));
    await expect.poll(() => sentence(panel), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await panel.keyboard.press('k');
    const place = async () => (await stored())[0]?.position?.sentence ?? 0;
    await expect.poll(place, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const kept = await place();

    await firefox.close();
    firefox = await launch();
    expect((await stored()).map((entry) => entry.title)).toEqual(titles);
    expect((await stored())[0]?.position?.sentence).toBe(kept);
    const reopened = await openFirefoxQueuePanel(firefox);
    expect(await firefoxQueueTitles(reopened)).toEqual(titles);
    const hasContinue = () => reopened.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Continue from there'));
    await expect.poll(hasContinue, { timeout: 10_000 }).toBe(true);
    await reopened.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Continue from there')?.focus());
    await reopened.keyboard.press('Enter');
    await expect.poll(() => sentence(reopened), { timeout: 30_000 }).toBeGreaterThanOrEqual(kept);
    await reopened.close();
  }, 240_000);
});
