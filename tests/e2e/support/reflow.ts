/**
 * Measuring the reader's layout from inside the page, for the reflow tests:
 * sideways scrolling, controls out of reach, the article's share of the screen.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
  /** Scroll containers in the reader that scroll sideways (or the dialog itself). */
  sideways: string[];
  /** Visible text and controls that stick out of the viewport to the left or right. */
  outside: string[];
  /** The article scroller's height over the viewport's. */
  articleShare: number;
  /** The part of the article not under a panel sheet, over the viewport's height. */
  uncoveredShare: number;
}

export function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-lector-e2e-host]')!.shadowRoot!;
    const dialog = root.querySelector<HTMLElement>('.lector-dialog')!;
    const name = (el: Element) => `${el.localName}.${el.className} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
    const sideways = [dialog, ...dialog.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el === dialog || /auto|scroll/.test(getComputedStyle(el).overflowX))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map(name);
    const outside = [...dialog.querySelectorAll<HTMLElement>('button, select, input, summary, a, h1, h2, p, label, li')]
      .filter((el) => el.checkVisibility())
      .map((el) => [el, el.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width > 1 && (r.right > innerWidth + 1 || r.left < -1))
      .map(([el]) => name(el));
    const scroller = root.querySelector('.lector-scroller')!.getBoundingClientRect();
    const sheetTops = [...root.querySelectorAll('.lector-display')]
      .map((sheet) => sheet.getBoundingClientRect())
      .filter((r) => r.top > scroller.top && r.top < scroller.bottom)
      .map((r) => r.top);
    const uncovered = Math.min(scroller.bottom, ...sheetTops) - scroller.top;
    return { sideways, outside, articleShare: scroller.height / innerHeight, uncoveredShare: uncovered / innerHeight };
  });
}

export interface Reach {
  checked: number;
  /** Controls that cannot be brought into view, or stay covered when they are. */
  unreachable: string[];
  /** The smallest width and height among the bar's buttons. */
  smallestTarget: { width: number; height: number };
}

/**
 * Brings every shown control in the bar and panels into view the way a
 * keyboard user would (scrollIntoView, as focus does), and checks that it is
 * then inside the viewport and on top at its centre. The dialog itself must
 * not have scrolled: it clips, so anything it scrolled to would be a control
 * only script can reach.
 */
export function reachControls(page: Page): Promise<Reach> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-lector-e2e-host]')!.shadowRoot!;
    const dialog = root.querySelector<HTMLElement>('.lector-dialog')!;
    const controls = [...root.querySelectorAll<HTMLElement>('.lector-bar, .lector-display, .lector-outline')]
      .flatMap((scope) => [...scope.querySelectorAll<HTMLElement>('button, select, input, summary')])
      .filter((el) => el.checkVisibility());
    const unreachable: string[] = [];
    for (const el of controls) {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const labels = [...((el as HTMLInputElement).labels ?? [])];
      const onTop = !!hit && (hit === el || el.contains(hit) || labels.some((label) => label.contains(hit)));
      const inside = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      if (!inside || !onTop || dialog.scrollTop !== 0 || dialog.scrollLeft !== 0) {
        unreachable.push(`${el.localName} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''} ${JSON.stringify([r.left, r.top, r.right, r.bottom].map(Math.round))}`);
      }
    }
    const buttons = [...root.querySelectorAll<HTMLElement>('.lector-bar button')].filter((el) => el.checkVisibility());
    const rects = buttons.map((el) => el.getBoundingClientRect());
    return {
      checked: controls.length,
      unreachable,
      smallestTarget: { width: Math.min(...rects.map((r) => r.width)), height: Math.min(...rects.map((r) => r.height)) },
    };
  });
}

export interface PageReflow {
  width: number;
  /** The document's scroll width: over the viewport's means the page scrolls sideways. */
  pageWidth: number;
  /** Elements of the page that scroll sideways. */
  sideways: string[];
  checked: number;
  /** Controls that, brought into view as focus would, are still outside the viewport. */
  unreachable: string[];
}

/**
 * The reflow check for a whole extension page (the queue panel), run in the page with `page.evaluate(pageReflow)`:
 * a plain function with nothing from outside, so Playwright (Chromium) and Puppeteer (Firefox) can both send it.
 */
export function pageReflow(): PageReflow {
  const all = [...document.querySelectorAll<HTMLElement>('body *')];
  const sideways = all
    .filter((el) => el === document.scrollingElement || /auto|scroll/.test(getComputedStyle(el).overflowX))
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.localName}.${el.className}`);
  const controls = all.filter((el) => el.matches('button, select, input, summary, a[href]') && el.checkVisibility());
  const unreachable = controls.filter((el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    return r.right > innerWidth + 1 || r.left < -1 || r.bottom > innerHeight + 1 || r.top < -1;
  });
  return {
    width: innerWidth,
    pageWidth: document.documentElement.scrollWidth,
    sideways,
    checked: controls.length,
    unreachable: unreachable.map((el) => `${el.localName} ${el.textContent?.trim().slice(0, 30)}`),
  };
}
