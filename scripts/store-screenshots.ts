/**
 * `npm run store:screenshots`: the store images, from the built extension in Debian's Chromium, into
 * store/screenshots/. 1280 × 800 PNGs of the reader on a sample article (tests/fixtures/overlay/ice-houses.html,
 * served from 127.0.0.1) in light and dark, with the outline, the display settings, the removed-items list, and
 * speech in progress with the spoken sentence highlighted (real speech-dispatcher voices); and a 440 × 280 promo
 * tile. It uses the e2e build (`wxt build --mode e2e`, which the npm script makes first): automation cannot click
 * the toolbar button, which is what grants `activeTab`, so only that build can open the reader on the local page.
 * It looks the same as the store build (wxt.config.ts lists the three differences, none visible).
 * Usage: npm run store:screenshots [-- --out <folder>] [-- --extension <build folder>]
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type LaunchedExtension } from '../tests/e2e/support/chromium';
import { REPO_ROOT, serveFixtures } from '../tests/e2e/support/fixture-server';
import type { LectorE2E } from '../entrypoints/background/e2e-hooks';

const SHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const ARTICLE = '/overlay/ice-houses.html';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(REPO_ROOT, 'store', 'screenshots') },
    extension: { type: 'string', default: join(REPO_ROOT, '.output', 'chrome-mv3-e2e') },
  },
});
const outDir = resolve(args.out);

/** Polls `check` until it is true, or fails with `what` (and what `state` says then) after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000, state?: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${state ? ` (${await state()})` : ''}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** What a click on the toolbar button does for `page` (the e2e build's hook in the service worker). */
async function openReader(extension: LaunchedExtension, page: Page): Promise<void> {
  await page.bringToFront();
  const outcome = await extension.serviceWorker.evaluate(async (url: string) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === url);
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return (globalThis as typeof globalThis & { lectorE2E: LectorE2E }).lectorE2E.open(tab.id);
  }, page.url());
  if (outcome.shown !== 'article') throw new Error(`The reader showed ${JSON.stringify(outcome)}, not the article`);
  await reader(page, '[role="dialog"]').waitFor();
  // The web font and the layout settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => done(undefined)))));
}

/** An element of the reader (Playwright's CSS engine pierces the e2e build's open shadow root). */
const reader = (page: Page, selector: string) => page.locator(`[data-lector-e2e-host] ${selector}`).first();

async function shoot(page: Page, name: string): Promise<void> {
  // The pointer off every control, so no button shows its hover style.
  await page.mouse.move(SHOT.width / 2, SHOT.height - 4);
  const path = join(outDir, name);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

async function articlePage(extension: LaunchedExtension, origin: string, theme: string): Promise<Page> {
  await extension.serviceWorker.evaluate((value: string) => chrome.storage.sync.set({ theme: value }), theme);
  const page = await extension.context.newPage();
  await page.setViewportSize(SHOT);
  await page.goto(`${origin}${ARTICLE}`);
  await openReader(extension, page);
  // The voice menu says "Looking for voices…" until speech-dispatcher lists them (seconds after launch).
  // (VoicePicker disables the menu while it has no voice.)
  await until('the voices', async () => (await page.locator('[data-lector-e2e-host] select.lector-select[disabled]').count()) === 0, 60_000);
  return page;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // The promo tile's page, served once the reader picture it shows exists.
  let promoTile = '';
  const server = await serveFixtures(undefined, { generated: (path) => (path === '/promo-tile.html' ? promoTile : undefined) });
  // An English UI whatever the machine's locale; the speech-dispatcher voices for the speech picture.
  const extension = await launchChromiumWithExtension(resolve(args.extension), {
    args: ['--enable-speech-dispatcher', '--lang=en-US'],
    viewport: SHOT,
  });
  try {
    const light = await articlePage(extension, server.origin, 'light');
    await shoot(light, '1-reader-light.png');

    await reader(light, '[data-opens="lector-contents"]').click();
    await reader(light, '#lector-contents').waitFor();
    await shoot(light, '3-outline.png');
    await reader(light, '[data-opens="lector-contents"]').click();

    await reader(light, '[data-opens="lector-display"]').click();
    await reader(light, '#lector-display').waitFor();
    await shoot(light, '4-display-settings.png');
    await reader(light, '[data-opens="lector-display"]').click();

    const removed = reader(light, 'details.lector-removed');
    await removed.locator('summary').click();
    await shoot(light, '5-removed-items.png');
    await removed.locator('summary').click();

    // Real speech: the reader waits for the voices (speech-dispatcher lists them seconds after launch).
    await reader(light, '.lector-play').click();
    await until('reading to start', async () => (await reader(light, '.lector-play').innerText()).trim() === 'Pause', 60_000);
    await until(
      'the third sentence to be spoken',
      async () => Number(/Sentence (\d+) of/.exec(await reader(light, '.lector-progress').innerText())?.[1] ?? 0) >= 3,
      90_000,
      async () => `progress "${await reader(light, '.lector-progress').innerText()}", said "${await reader(light, '[role="status"]').innerText()}"`,
    );
    await reader(light, '[data-lector-spoken]').waitFor();
    await shoot(light, '6-speech-highlight.png');
    await reader(light, '.lector-play').click();

    const tileImage = (await light.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 800 } })).toString('base64');
    const icon = (await readFile(join(REPO_ROOT, 'public', 'icon', '128.png'))).toString('base64');
    promoTile = promoTileHtml(icon, tileImage);
    await light.close();

    const dark = await articlePage(extension, server.origin, 'dark');
    await shoot(dark, '2-reader-dark.png');
    await dark.close();

    const tile = await extension.context.newPage();
    await tile.setViewportSize(TILE);
    await tile.goto(`${server.origin}/promo-tile.html`);
    await tile.evaluate(() => document.fonts.ready);
    await shoot(tile, 'promo-tile-440x280.png');
  } finally {
    await extension.close();
    await server.close();
  }
  console.log(`Look at every image in ${outDir} before committing them.`);
}

/** The promo tile: icon, name and promise over a faded corner of the reader itself. */
function promoTileHtml(iconBase64: string, readerBase64: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><style>
  html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; font-family: 'DejaVu Sans', system-ui, sans-serif; }
  body { background: #0b3a75; color: #fff; position: relative; }
  .shot { position: absolute; right: -150px; top: 40px; width: 480px; border-radius: 10px; opacity: 0.9;
    box-shadow: 0 10px 30px rgb(0 0 0 / 40%); }
  .text { position: absolute; inset: 0; padding: 28px; background: linear-gradient(90deg, #0b3a75 55%, rgb(11 58 117 / 0%)); }
  img.icon { width: 64px; height: 64px; }
  h1 { margin: 10px 0 6px; font-size: 34px; }
  p { margin: 0; font-size: 17px; line-height: 1.35; max-width: 230px; }
</style><body>
  <img class="shot" alt="" src="data:image/png;base64,${readerBase64}">
  <div class="text"><img class="icon" alt="" src="data:image/png;base64,${iconBase64}"><h1>Lector</h1>
  <p>Clean reader view.<br>Reads articles aloud.<br>No tracking.</p></div>
</body></html>`;
}

await main();
