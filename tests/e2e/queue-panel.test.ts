/**
 * The listening queue in Debian's Chromium with real voices (speech-dispatcher
 * + espeak-ng into a PulseAudio null sink). Three articles are added from three
 * tabs, exactly as "Add page to listening queue" does (the e2e hook), the tabs
 * are closed, and the panel page (opened as a tab: automation cannot open the
 * side panel, which needs a user gesture) reads all three in order, announcing
 * each. Then the list is managed with real keys, and the browser is restarted
 * on the same profile: the queue and the place in an article are still there.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';
import type { QueueAddOutcome } from '../../messaging/protocol';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { ARTIFACTS_DIR, launchWithExtension, serveFixtures, tabIdOf, type FixtureServer, type LaunchedExtension } from './support/browser';
import { openQueuePanel, panelSaid, queueTitles, storedQueue } from './support/queue-panel';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[queue e2e] skipped: ${skipReason}`);

const FIXTURES = ['queue/river.html', 'queue/lamp.html', 'queue/bridge.html'];
type E2EGlobal = typeof globalThis & { lectorE2E: LectorE2E };

describe.skipIf(skipReason !== null)('the listening queue in the side panel', () => {
  let extension: LaunchedExtension;
  let server: FixtureServer;
  let profile: string;
  const launch = () => launchWithExtension({ args: ['--enable-speech-dispatcher'], userDataDir: profile });

  beforeAll(ensureAudioSink);
  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    server = await serveFixtures();
    profile = await mkdtemp(join(tmpdir(), 'lector-queue-profile-'));
    extension = await launch();
    // Fast enough to hear three short articles in one test.
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ rate: 3 }));
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** What "Add page to listening queue" does for a new tab showing `fixture`; the tab is closed after. */
  async function addFromTab(fixture: string): Promise<QueueAddOutcome> {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/${fixture}`);
    const tabId = await tabIdOf(page);
    const started = performance.now();
    const outcome = await extension.serviceWorker.evaluate((id: number) => (globalThis as E2EGlobal).lectorE2E.addToQueue(id), tabId);
    console.info(`[queue e2e] ${fixture} added and stored in ${Math.round(performance.now() - started)} ms`);
    await page.close();
    return outcome;
  }

  it('adds three articles from three tabs, then reads all three in order with real voices, announcing each', async () => {
    const titles: string[] = [];
    for (const [index, fixture] of FIXTURES.entries()) {
      const outcome = await addFromTab(fixture);
      expect(outcome).toMatchObject({ kind: 'added', count: index + 1 });
      if (outcome.kind === 'added') titles.push(outcome.title);
    }
    expect(titles[0]).toBe('The River That Ran Backwards');
    // The same page again is not queued twice.
    expect(await addFromTab(FIXTURES[1]!)).toMatchObject({ kind: 'already-queued' });
    // The command is there, with the key the manifest suggests.
    const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'add-to-queue')?.shortcut).toBe('Alt+Shift+Q');

    const panel = await openQueuePanel(extension);
    expect(await queueTitles(panel)).toEqual(titles);
    await expect.poll(() => panelSaid(panel)).toContain('Articles in the queue: 3');
    // Enter on the first title (a real key: the panel ignores script events) reads it.
    await panel.locator('[data-queue-title]').first().focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('#lector-title').textContent(), { timeout: 15_000 }).toBe(titles[0]);
    await expect.poll(() => panelSaid(panel), { timeout: 60_000 }).toContain(`Next: ${titles[1]}`);
    await expect.poll(() => panel.locator('#lector-title').textContent(), { timeout: 15_000 }).toBe(titles[1]);
    await expect.poll(() => panelSaid(panel), { timeout: 60_000 }).toContain(`Next: ${titles[2]}`);
    await expect.poll(() => panel.locator('#lector-title').textContent(), { timeout: 15_000 }).toBe(titles[2]);
    await expect.poll(() => panelSaid(panel), { timeout: 60_000 }).toContain('End of the listening queue.');
    const said = await panelSaid(panel);
    // In order, each announced once, and the voice really spoke (the reader model says "Playing" on speech).
    expect(said.indexOf(`Next: ${titles[1]}`)).toBeLessThan(said.indexOf(`Next: ${titles[2]}`));
    expect(said.filter((text) => text === 'Playing').length).toBeGreaterThanOrEqual(1);
    expect((await storedQueue(extension)).map((entry) => entry.listened)).toEqual([true, true, true]);
    await panel.close();
  }, 240_000);

  it('reorders, marks, removes and clears by keyboard, announcing each change', async () => {
    const panel = await openQueuePanel(extension);
    const titles = await queueTitles(panel);
    expect(titles).toHaveLength(3);
    // Everything was listened to: mark the first not listened, so "Clear listened" keeps it.
    await panel.locator('[data-queue-title]').first().focus();
    await panel.keyboard.press('l');
    await expect.poll(() => panelSaid(panel)).toContain(`Marked not listened: ${titles[0]}.`);
    await panel.keyboard.press('End');
    await panel.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => panelSaid(panel)).toContain(`${titles[2]} moved to 2 of 3.`);
    expect(await queueTitles(panel)).toEqual([titles[0], titles[2], titles[1]]);
    // Focus stays on the article moved, so it can move again.
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(titles[2]);
    await panel.keyboard.press('Delete');
    await expect.poll(() => panelSaid(panel)).toContain(`Removed: ${titles[2]}. Articles in the queue: 2.`);
    expect(await queueTitles(panel)).toEqual([titles[0], titles[1]]);
    await panel.getByRole('button', { name: 'Clear listened' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panelSaid(panel)).toContain('Listened articles cleared. Articles in the queue: 1.');
    expect(await queueTitles(panel)).toEqual([titles[0]]);
    expect((await storedQueue(extension)).map((entry) => entry.title)).toEqual([titles[0]]);
    await panel.close();
  }, 60_000);

  it('keeps the queue and the place in an article across a browser restart', async () => {
    expect(await addFromTab(FIXTURES[2]!)).toMatchObject({ kind: 'added', count: 2 });
    const panel = await openQueuePanel(extension);
    const titles = await queueTitles(panel);
    await panel.locator('[data-queue-title]').first().focus();
    await panel.keyboard.press('Enter');
    const sentence = () => panel.locator('.lector-progress').evaluate((el) => Number(/(\d+)/.exec(el.textContent ?? '')?.[1] ?? 0));
    await expect.poll(sentence, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await panel.keyboard.press('k');
    const place = async () => (await storedQueue(extension))[0]?.position?.sentence ?? 0;
    await expect.poll(place, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const kept = await place();

    await extension.close();
    extension = await launch();
    const reopened = await openQueuePanel(extension);
    expect(await queueTitles(reopened)).toEqual(titles);
    expect((await storedQueue(extension))[0]?.position?.sentence).toBe(kept);
    // The first article not yet heard is shown with the offer to continue where listening stopped.
    await expect.poll(() => reopened.getByRole('button', { name: 'Continue from there' }).isVisible(), { timeout: 10_000 }).toBe(true);
    await reopened.getByRole('button', { name: 'Continue from there' }).focus();
    await reopened.keyboard.press('Enter');
    const resumed = () => reopened.locator('.lector-progress').evaluate((el) => Number(/(\d+)/.exec(el.textContent ?? '')?.[1] ?? 0));
    await expect.poll(resumed, { timeout: 15_000 }).toBeGreaterThanOrEqual(kept);
    await reopened.close();
  }, 180_000);
});
