/**
 * What Escape closes: the innermost thing open, and the reader only when
 * nothing else is. A user who opened a panel to change the font expects Escape
 * to close that panel, not to stop the reading and leave the article.
 */
export type ReaderLayer = 'help' | 'display' | 'contents' | 'menu';

export interface OpenLayers {
  help: boolean;
  display: boolean;
  contents: boolean;
  /** The compact bar's "More" menu, counted only while it is shown (it is hidden on wide screens). */
  menu: boolean;
}

/** The panel holding focus, if any. */
export type FocusedPanel = 'display' | 'contents' | null;

/**
 * The layer Escape closes, or null for the reader itself. The help is modal,
 * so it comes first; then the panel holding focus, then the other panels (they
 * were opened from the menu, so they sit inside it), then the menu.
 */
export function innermostLayer(open: OpenLayers, focusedIn: FocusedPanel): ReaderLayer | null {
  if (open.help) return 'help';
  if (focusedIn && open[focusedIn]) return focusedIn;
  if (open.display) return 'display';
  if (open.contents) return 'contents';
  if (open.menu) return 'menu';
  return null;
}

/** The id of the element a layer's opener points at (`data-opens` on the button that opened it). */
export const LAYER_IDS: Record<ReaderLayer, string> = {
  help: 'lector-help',
  display: 'lector-display',
  contents: 'lector-contents',
  menu: 'lector-more',
};
