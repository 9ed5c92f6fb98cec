/**
 * Media keys in the listening queue's panel, pressed the way a Linux desktop
 * delivers them (MPRIS on a private D-Bus session bus, as in
 * overlay-media-keys.test.ts): in the panel, next and previous track move by
 * article (in the reader they move by paragraph); play/pause works as in the
 * reader. Real Chromium, real voices, the built extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';
import { ensureAudioSink, hasExecutable, realSpeechSkipReason } from './support/audio';
import { launchWithExtension, serveFixtures, tabIdOf, type FixtureServer, type LaunchedExtension } from './support/browser';
import { startMediaKeysBus, type MediaKeysBus } from './support/media-keys-bus';
import { openQueuePanel, panelSaid } from './support/queue-panel';

const skipReason = (await realSpeechSkipReason()) ?? ((await hasExecutable('dbus-daemon')) ? null : 'dbus-daemon is not installed');
if (skipReason) console.warn(`[queue media keys e2e] skipped: ${skipReason}`);

type E2EGlobal = typeof globalThis & { lectorE2E: LectorE2E };

describe.skipIf(skipReason !== null)('media keys in the queue panel', () => {
  let bus: MediaKeysBus;
  let extension: LaunchedExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    await ensureAudioSink();
    bus = await startMediaKeysBus();
    server = await serveFixtures();
    extension = await launchWithExtension({ args: ['--enable-speech-dispatcher'], env: bus.env });
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ rate: 1 }));
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    await bus?.close();
  });

  it('next and previous track move between articles; pause and play reach the article being read', async () => {
    const titles: string[] = [];
    for (const fixture of ['queue/river.html', 'queue/lamp.html']) {
      const page = await extension.context.newPage();
      await page.goto(`${server.origin}/${fixture}`);
      const tabId = await tabIdOf(page);
      const outcome = await extension.serviceWorker.evaluate((id: number) => (globalThis as E2EGlobal).lectorE2E.addToQueue(id), tabId);
      if (outcome.kind === 'added') titles.push(outcome.title);
      await page.close();
    }
    expect(titles).toHaveLength(2);
    const panel = await openQueuePanel(extension);
    const title = () => panel.locator('#lector-title').textContent();
    const playButton = () => panel.locator('.lector-play').innerText();
    await panel.locator('[data-queue-title]').first().focus();
    await panel.keyboard.press('Enter');
    await expect.poll(title, { timeout: 15_000 }).toBe(titles[0]);
    await expect.poll(playButton, { timeout: 30_000 }).toBe('Pause');

    const mprisPlayer = async () => {
      let players: string[] = [];
      await expect.poll(async () => (players = await bus.players()).length, { timeout: 30_000 }).toBeGreaterThan(0);
      return players[0]!;
    };
    let mpris = await mprisPlayer();
    await expect.poll(() => bus.metadata(mpris)).toContain(titles[0]);

    await bus.press(mpris, 'Next');
    await expect.poll(title, { timeout: 15_000 }).toBe(titles[1]);
    await expect.poll(playButton, { timeout: 30_000 }).toBe('Pause');
    // The desktop is told about the new article (the session may come back under a new name).
    await expect.poll(async () => bus.metadata((mpris = await mprisPlayer())).catch(() => ''), { timeout: 15_000 }).toContain(titles[1]);
    expect(await panel.locator('[aria-current="true"]').textContent()).toBe(titles[1]);

    await bus.press(mpris, 'Pause');
    await expect.poll(playButton).toBe('Play');
    expect(await panelSaid(panel)).toContain('Paused');
    await bus.press(mpris, 'Play');
    await expect.poll(playButton).toBe('Pause');

    await bus.press(mpris, 'Previous');
    await expect.poll(title, { timeout: 15_000 }).toBe(titles[0]);
    await expect.poll(playButton, { timeout: 30_000 }).toBe('Pause');
    await panel.close();
  }, 180_000);
});
