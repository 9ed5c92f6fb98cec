/** Auto-scroll: keep the spoken line in the calm middle of the reading area. */

/** Fraction of the visible height kept clear above and below the spoken line before scrolling. */
const COMFORT_MARGIN = 0.2;
/** Where a line that left the comfortable zone is put back: a third from the top. */
const TARGET_POSITION = 1 / 3;

/** Scrolls `scroller` so `rect` (viewport coordinates) is comfortably in view; does nothing when it already is. */
export function keepInView(scroller: HTMLElement, rect: DOMRect | null, smooth: boolean): void {
  if (!rect || (rect.width === 0 && rect.height === 0)) return;
  const view = scroller.getBoundingClientRect();
  const margin = view.height * COMFORT_MARGIN;
  const comfortable = rect.top >= view.top + margin && rect.bottom <= view.bottom - margin;
  if (comfortable) return;
  scrollWithin(scroller, rect.top - (view.top + view.height * TARGET_POSITION), smooth);
}

/** Scrolls `scroller` to put `element` near its top (a heading reached, the start of "Read aloud from here"). */
export function scrollToTop(scroller: HTMLElement, element: Element, smooth: boolean): void {
  const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  // A little air above, so the heading does not sit against the player bar.
  scrollWithin(scroller, top - 24, smooth);
}

/**
 * Scrolls by `delta` to an absolute position: two calls made during one smooth
 * scroll then aim at the same place instead of adding up (scrollBy would).
 */
function scrollWithin(scroller: HTMLElement, delta: number, smooth: boolean): void {
  // jsdom has no scrolling at all.
  scroller.scrollTo?.({ top: scroller.scrollTop + delta, behavior: smooth ? 'smooth' : 'instant' });
}

/** The on-screen box of a range or element; null where the DOM cannot measure (jsdom ranges). */
export function boxOf(target: Range | Element | null): DOMRect | null {
  return target && typeof target.getBoundingClientRect === 'function' ? target.getBoundingClientRect() : null;
}

/** Whether animations are welcome (`prefers-reduced-motion` not set). */
export function motionAllowed(win: Window): boolean {
  return !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
