/**
 * What a page writes inside `<video>` and `<audio>` for browsers that cannot
 * play them ("Your browser does not support the video tag.") is never shown
 * where the player works, but it is text in the DOM: the reader would speak
 * it in the middle of the story. The player stays; its fallback goes, and the
 * removal is reported like any other. Runs on Readability's output, before
 * the clutter rules, which judge what a reader sees.
 */
import type { Removal } from './model';
import { collapseWhitespace } from './text';

/** The name of the removal, for the removed-items list. */
export const MEDIA_FALLBACK = 'media-fallback';

/** What a player needs to play: everything else inside it is fallback content. */
const PLAYER_PARTS = new Set(['source', 'track']);

export function dropMediaFallbacks(root: Element): Removal[] {
  const removed: Removal[] = [];
  for (const player of [...root.querySelectorAll('video, audio')]) {
    const fallback = [...player.childNodes].filter((node) => !(node.nodeType === 1 && PLAYER_PARTS.has((node as Element).localName)));
    const text = collapseWhitespace(fallback.map((node) => node.textContent ?? '').join(' '));
    for (const node of fallback) node.remove();
    if (text) removed.push({ rule: MEDIA_FALLBACK, text });
  }
  return removed;
}
