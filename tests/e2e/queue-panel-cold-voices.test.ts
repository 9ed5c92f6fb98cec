/**
 * The queue panel on a fresh profile, before the voices have arrived (Chromium
 * lists speech-dispatcher's voices seconds after it starts; the pattern of
 * speech-cold-start.test.ts): an article started at once from the list is
 * remembered, the panel says it is looking for voices, then it reads. Never
 * "No speech voices are installed", never a silent stop.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { launchWithExtension, serveFixtures, tabIdOf, type FixtureServer, type LaunchedExtension } from './support/browser';
import { openQueuePanel, panelSaid } from './support/queue-panel';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[queue cold voices e2e] skipped: ${skipReason}`);

type E2EGlobal = typeof globalThis & { lectorE2E: LectorE2E };

describe.skipIf(skipReason !== null)('the queue panel before the voices have loaded', () => {
  let extension: LaunchedExtension;
  let server: FixtureServer;
  let profile: string;
  const launch = () => launchWithExtension({ args: ['--enable-speech-dispatcher'], userDataDir: profile });

  beforeAll(async () => {
    await ensureAudioSink();
    server = await serveFixtures();
    profile = await mkdtemp(join(tmpdir(), 'lector-queue-cold-'));
    // Queue an article, then start the browser again: the panel is the first thing the new browser shows.
    extension = await launch();
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/queue/river.html`);
    const tabId = await tabIdOf(page);
    expect((await extension.serviceWorker.evaluate((id: number) => (globalThis as E2EGlobal).lectorE2E.addToQueue(id), tabId)).kind).toBe('added');
    await extension.close();
    // Cold: no speech server, as on a fresh login. Only where it is ours to stop (CI, or when asked): on a
    // desktop it may be the screen reader's.
    if (process.env.CI || process.env.LECTOR_COLD_SPEECH) {
      await promisify(execFile)('pkill', ['-f', '^([^ ]*/)?speech-dispatcher( |$)']).catch(() => undefined);
    }
    extension = await launch();
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('says it is waiting for voices, then reads', async () => {
    const panel = await openQueuePanel(extension);
    await panel.locator('#lector-title').waitFor();
    const voicesAtPlay = await panel.evaluate(() => speechSynthesis.getVoices().length);
    await panel.locator('[data-queue-title]').first().focus();
    await panel.keyboard.press('Enter');
    const playButton = panel.locator('.lector-play');
    await expect.poll(() => playButton.innerText()).toBe('Pause');
    if (voicesAtPlay === 0) {
      await expect.poll(() => panelSaid(panel)).toContain('Looking for voices…');
    } else {
      console.warn(`[queue cold voices e2e] the browser already had ${voicesAtPlay} voices: this run did not test a cold start`);
    }
    const sentence = () => panel.locator('.lector-progress').evaluate((el) => Number(/(\d+)/.exec(el.textContent ?? '')?.[1] ?? 0));
    await expect.poll(sentence, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
    expect(await playButton.innerText()).toBe('Pause');
    expect(await panel.getByText('No speech voices are installed').count()).toBe(0);
    console.info(`[queue cold voices e2e] voices when Play was pressed: ${voicesAtPlay}; said: ${JSON.stringify(await panelSaid(panel))}`);
    if (process.env.CI) expect(voicesAtPlay).toBe(0);
    await panel.close();
  }, 180_000);
});
