/**
 * Tells the reader model when the screen is compact: narrow (a phone, or 320
 * CSS px wide at 400% zoom) or short (a zoomed laptop: 1280 × 1024 at 400% is
 * 320 × 256). The stylesheets switch the bar and panels with the same query.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { ReaderModel } from './reader/reader-model';

/** Keep in step with the `@media` rules in styles/reader-compact.css. */
export const COMPACT_SCREEN_QUERY = '(max-width: 700px), (max-height: 560px)';

export function useCompactScreen(model: ReaderModel, element: () => Element | null): void {
  useLayoutEffect(() => {
    const win = element()?.ownerDocument.defaultView;
    if (!win || typeof win.matchMedia !== 'function') return;
    const query = win.matchMedia(COMPACT_SCREEN_QUERY);
    const apply = () => model.setCompact(query.matches);
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [model]);
}
