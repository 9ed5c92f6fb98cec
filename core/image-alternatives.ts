/**
 * Images for listeners and screen readers. An image with no `alt` makes a
 * screen reader spell out its file name (and axe report `image-alt`): it gets
 * its figure's caption as its text when it has one, else `alt=""` (decorative:
 * passed over). An image with nothing to load shows as a broken icon: it goes,
 * and the removal is reported like any other. Runs on the sanitized article.
 */
import type { Removal } from './model';
import { collapseWhitespace } from './text';

/** The name of the removal, for the removed-items list. */
export const IMAGE_WITHOUT_SOURCE = 'image-without-source';

/**
 * A `data:` URL this short is a lazy-loading placeholder, not a picture: a
 * transparent 1 × 1 GIF is 70 characters, the smallest real PNG photo thousands.
 */
const PLACEHOLDER_DATA_URL_LENGTH = 128;

/** Fixes alternatives and drops unloadable images in `root`; returns what was dropped. */
export function settleImageAlternatives(root: Element): Removal[] {
  const removed: Removal[] = [];
  for (const image of [...root.querySelectorAll('img')]) {
    if (!hasUsableSource(image)) {
      removed.push({ rule: IMAGE_WITHOUT_SOURCE, text: collapseWhitespace(image.getAttribute('alt') ?? '') });
      removeWithEmptyHolders(image, root);
    } else if (!image.hasAttribute('alt')) {
      image.setAttribute('alt', captionOf(image));
    }
  }
  return removed;
}

function hasUsableSource(image: Element): boolean {
  if (isUsableUrl(image.getAttribute('src'))) return true;
  const candidates = [image.getAttribute('srcset')];
  // <picture><source srcset> gives the image its source when its own src is missing.
  const picture = image.parentElement?.localName === 'picture' ? image.parentElement : null;
  for (const source of picture?.querySelectorAll('source') ?? []) candidates.push(source.getAttribute('srcset'));
  return candidates.some((srcset) => (srcset ?? '').split(',').some((candidate) => isUsableUrl(candidate.trim().split(/\s+/)[0] ?? '')));
}

function isUsableUrl(value: string | null): boolean {
  const url = (value ?? '').trim();
  if (url === '' || url === '#' || /^about:/i.test(url)) return false;
  if (/^data:/i.test(url)) return url.length > PLACEHOLDER_DATA_URL_LENGTH && /^data:image\//i.test(url);
  return true;
}

/** The text of the caption of the figure holding `image`, or '' (decorative). */
function captionOf(image: Element): string {
  const caption = image.closest('figure')?.querySelector('figcaption');
  return collapseWhitespace(caption?.textContent ?? '');
}

/** Removes `image`, and the <picture> or <figure> it leaves with nothing in it. */
function removeWithEmptyHolders(image: Element, root: Element): void {
  let node: Element = image;
  for (let parent = image.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (!['picture', 'figure', 'a'].includes(parent.localName)) break;
    node.remove();
    node = parent;
    if (collapseWhitespace(parent.textContent ?? '') !== '' || parent.querySelector('img, svg, video, audio, canvas')) return;
  }
  node.remove();
}
