/**
 * The options page with the system's real voices (speech-dispatcher + espeak-ng
 * into pulseaudio's null sink, as .ci/run sets up): choosing a voice for a
 * language stores it, and "Test voice" really speaks and finishes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureAudioSink } from './support/audio';
import { artifactPath, launchWithExtension, type LaunchedExtension } from './support/browser';

let extension: LaunchedExtension;

beforeAll(async () => {
  await ensureAudioSink();
  extension = await launchWithExtension({ args: ['--enable-speech-dispatcher'] });
});

afterAll(async () => {
  await extension?.close();
});

it('stores the voice chosen for a language and speaks a sample with it', async () => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  // A cold Chromium hands out speech-dispatcher's voices 5–14 s late; the page keeps listening for
  // them (never a fixed wait) and announces them when they come.
  const voicesStatus = page.locator('[data-voice-status]');
  await voicesStatus.and(page.locator(':not([data-voice-status="looking"])')).waitFor({ timeout: 90_000 });
  expect(await voicesStatus.getAttribute('data-voice-status')).toBe('ready');
  expect(await voicesStatus.innerText()).toMatch(/^\d+ voices found\.$/);
  const language = page.getByLabel('Language', { exact: true });
  await language.selectOption('fr');
  const voice = page.getByLabel('Voice for this language');
  const choices = await voice.locator('option').evaluateAll((options) =>
    options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
  );
  expect(choices[0]).toEqual({ value: '', label: 'Browser default' });
  const french = choices.find((choice) => /\(fr/i.test(choice.label));
  expect(french).toBeDefined();
  await voice.selectOption(french!.value);
  await expect.poll(() => page.getByRole('status').last().innerText()).toBe('Saved.');
  const stored = await extension.serviceWorker.evaluate(() => chrome.storage.sync.get('voicesByLanguage'));
  expect(stored).toEqual({ voicesByLanguage: { fr: french!.value } });

  await page.getByRole('button', { name: 'Test voice' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Stop' }).count()).toBe(1);
  await page.screenshot({ path: artifactPath('options-voices.png') });
  // The sample is a few seconds of real speech; the Stop button goes when it ends.
  await expect.poll(() => page.getByRole('button', { name: 'Stop' }).count(), { timeout: 30_000 }).toBe(0);

  await page.getByRole('button', { name: `Use the default voice for ${await page.evaluate(() => new Intl.DisplayNames([navigator.language], { type: 'language' }).of('fr'))}` }).click();
  await expect
    .poll(() => extension.serviceWorker.evaluate(() => chrome.storage.sync.get('voicesByLanguage')))
    .toEqual({ voicesByLanguage: {} });
});
