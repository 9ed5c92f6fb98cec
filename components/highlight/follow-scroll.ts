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
  const delta = rect.top - (view.top + view.height * TARGET_POSITION);
  // jsdom has no scrolling at all.
  scroller.scrollBy?.({ top: delta, behavior: smooth ? 'smooth' : 'instant' });
}

/** Whether animations are welcome (`prefers-reduced-motion` not set). */
export function motionAllowed(win: Window): boolean {
  return !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
