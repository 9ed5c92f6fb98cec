/** Looking into the reader overlay's shadow root from overlay e2e tests. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openReader, readerDialog } from './browser';

export interface FocusedElement {
  tag: string;
  id: string;
  text: string;
}

/** The element focused inside the reader (null when focus is outside it). */
export function readerFocus(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const active = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.activeElement;
    if (!active) return null;
    return { tag: active.localName, id: active.id, text: (active.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
}

/** The text of the reader's polite live region. */
export function liveRegion(page: Page): Locator {
  return readerDialog(page).locator('[role="status"][aria-live="polite"]');
}

export async function expectAnnounced(page: Page, text: string): Promise<void> {
  await expect.poll(() => liveRegion(page).textContent(), { timeout: 5_000 }).toBe(text);
}

/**
 * What the reader says at each of the next `steps` places, stepping with → while
 * paused: each step waits until the live region says something new.
 */
export async function placesSaidStepping(page: Page, steps: number): Promise<string[]> {
  const said: string[] = [];
  for (let step = 0; step < steps; step++) {
    const before = await liveRegion(page).textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => liveRegion(page).textContent()).not.toBe(before);
    said.push((await liveRegion(page).textContent()) ?? '');
  }
  return said;
}

/** The number N in the player's "Sentence N of M" (NaN when the player shows none). */
export async function spokenSentenceNumber(page: Page): Promise<number> {
  const position = await readerDialog(page).locator('.lector-progress').innerText();
  return Number(/Sentence (\d+) of/.exec(position)?.[1] ?? NaN);
}

/** Opens the reader and waits until it shows (and has focus). */
export async function openAndWait(page: Page): Promise<void> {
  const outcome = await openReader(page);
  if (outcome.shown === 'closed' || outcome.shown === 'unavailable') throw new Error(`Reader did not open: ${JSON.stringify(outcome)}`);
  await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
}

/** Closes the reader with Escape and waits until its host has left the page. */
export async function closeAndWait(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('[data-lector-e2e-host]').count()).toBe(0);
}

/** The whole page's DOM, to compare before opening and after closing. */
export const pageDom = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);

export const readerHostCount = (page: Page): Promise<number> => page.locator('[data-lector-e2e-host]').count();

/** What the reader leaves in page-wide registries (highlights, fonts), seen from the page itself. */
export function pageRegistries(page: Page): Promise<{ highlights: string[]; fonts: string[] }> {
  return page.evaluate(() => ({
    highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
    fonts: [...(document.fonts as unknown as Iterable<FontFace>)].map((face) => `${face.family} ${face.weight} ${face.style} ${face.status}`),
  }));
}
