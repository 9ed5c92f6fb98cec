/**
 * Focus back to the button that opened a layer, once the layer closes: the
 * user is where they were. In the compact bar that button may be hidden behind
 * "More"; then "More" takes focus, and failing that the article's title.
 */
import { LAYER_IDS, type ReaderLayer } from './reader/innermost-layer';

export function returnFocus(within: ParentNode, layer: ReaderLayer): void {
  const candidates = [
    within.querySelector<HTMLElement>(`[data-opens="${LAYER_IDS[layer]}"]`),
    within.querySelector<HTMLElement>(`[data-opens="${LAYER_IDS.menu}"]`),
    within.querySelector<HTMLElement>('#lector-title'),
  ];
  const target = candidates.find((element) => element && isShown(element));
  target?.focus({ preventScroll: false });
}

function isShown(element: HTMLElement): boolean {
  // jsdom has no checkVisibility (and no layout): there everything counts as shown.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}
