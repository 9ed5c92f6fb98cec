/**
 * Renders the toolbar/store icons from the SVG sources with Debian's Chromium:
 *   npx tsx assets/icons/render-icons.ts
 * Writes public/icon/{16,32,48,128}.png (committed; WXT lists them in the manifest).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../../public/icon');
/** Small sizes use the simplified drawing: thin strokes vanish at 16 px. */
const SIZES: Array<{ size: number; source: string }> = [
  { size: 16, source: 'lector-small.svg' },
  { size: 32, source: 'lector-small.svg' },
  { size: 48, source: 'lector.svg' },
  { size: 128, source: 'lector.svg' },
];

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    for (const { size, source } of SIZES) {
      const svg = await readFile(join(here, source), 'utf8');
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block">` +
          `</body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = join(outDir, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
