/**
 * The open-time stopwatch: trigger → first animation frame with the article in the reader, measured inside the
 * page with `performance.now()`, plus the page's longest main-thread task meanwhile (Long Tasks API).
 */
import type { Page, Worker } from 'playwright-core';
import { tabIdOf } from './bench-browser';

/** Starts the page's clock, a watcher that stops it on the first frame showing the article, and a long-task log. */
const ARM_STOPWATCH = `(() => {
  const start = performance.now();
  window.__lectorStart = start;
  window.__lectorLongest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lectorLongest = Math.max(window.__lectorLongest, entry.duration);
  }).observe({ type: 'longtask' });
  window.__lectorOpen = new Promise((done) => {
    const observer = new MutationObserver(() => {
      const article = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('article.lector-article');
      if (!article) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now() - start));
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
})()`;

export async function timeOpen(page: Page, worker: Worker, how: 'toolbar' | 'read-aloud' = 'toolbar'): Promise<number> {
  const tabId = await tabIdOf(page, worker);
  await page.evaluate(ARM_STOPWATCH);
  const trigger = how === 'toolbar'
    ? `globalThis.lectorE2E.open(${tabId})`
    : `globalThis.lectorE2E.menuClick(${tabId}, { menuItemId: 'lector-read-page' })`;
  const outcome = await worker.evaluate<{ shown: string; code?: string } | null>(trigger);
  if (outcome?.shown !== 'article') throw new Error(`${page.url()}: the reader showed ${outcome?.shown} ${outcome?.code ?? ''}`);
  return page.evaluate<number>('window.__lectorOpen');
}

export async function closeReader(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction('!document.querySelector("[data-lector-e2e-host]")');
}

