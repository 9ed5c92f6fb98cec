/**
 * Image descriptions for listeners: the `alt` text of the article's images,
 * each placed after the block it follows, so the Narrator can say what a
 * picture shows where a sighted reader would see it. Kept out of the article's
 * blocks and text: alt text is not what the page shows as prose, and the reader
 * view, `--text` output and quality figures stay exactly the page's text.
 */
import type { ImageDescription } from './model';
import { BLOCK_ATTRIBUTE } from './sanitize-policy';
import { collapseWhitespace } from './text';

/** Alt text that says nothing about the picture: file names, bare words such as "image" or "photo". */
const FILE_NAME = /^[\w.-]+\.(?:avif|bmp|gif|jpe?g|png|svg|tiff?|webp)$/i;
const PLACEHOLDER =
  /^(?:image|img|photo|photograph|picture|pic|graphic|illustration|icon|logo|banner|thumbnail|placeholder|foto|bild|imagen|imagem|immagine|afbeelding|null|undefined|alt|spacer)(?:\s*\d+)?$/i;
/** Fewer letters than this is a label ("AP", "1"), not a description. */
const MIN_LETTERS = 6;

const normalized = (text: string) => collapseWhitespace(text).toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether `alt` describes a picture, rather than naming a file or repeating text the listener hears anyway. */
export function isMeaningfulAlt(alt: string, alreadyHeard: readonly string[] = []): boolean {
  const text = collapseWhitespace(alt);
  if (FILE_NAME.test(text) || PLACEHOLDER.test(text)) return false;
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return false;
  const said = normalized(text);
  // The caption or title already says all of it: reading it twice is noise. (An alt that says more is kept.)
  return !alreadyHeard.some((heard) => normalized(heard).includes(said));
}

/** The index of the last block that starts before `image` in document order, or -1 when none does. */
function blockBefore(image: Element, blocks: readonly Element[]): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  // Blocks are in document order: a binary search keeps a page of many images linear-logarithmic.
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle]!;
    const precedes = block === image || (block.compareDocumentPosition(image) & (4 | 16)) !== 0; // FOLLOWING | CONTAINED_BY
    if (precedes) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The caption text near an image (its figure's figcaption), which the listener hears as a caption block. */
function nearbyCaption(image: Element): string {
  return image.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
}

/**
 * The text of the headings next to an image (the block before it and the one
 * after it): a card's picture is often labelled with its own heading, and
 * "Image: Half Dome" then "Heading: Half Dome" says the same thing twice.
 */
function adjacentHeadings(before: number, blocks: readonly Element[]): string[] {
  return [blocks[before], blocks[before + 1]]
    .filter((block): block is Element => block !== undefined && /^h[1-6]$/i.test(block.localName))
    .map((block) => block.textContent ?? '');
}

/**
 * The descriptions of the images inside `root` (after blocks are marked), in
 * reading order. `title` is left out when an image's alt only repeats it, as
 * is an alt that only repeats the heading next to the image.
 */
export function collectImageDescriptions(root: Element, title = ''): ImageDescription[] {
  const blocks = [...root.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`)];
  const descriptions: ImageDescription[] = [];
  for (const image of root.querySelectorAll('img[alt]')) {
    const alt = collapseWhitespace(image.getAttribute('alt') ?? '');
    if (image.getAttribute('aria-hidden') === 'true' || image.getAttribute('role') === 'presentation') continue;
    const before = blockBefore(image, blocks);
    if (!isMeaningfulAlt(alt, [nearbyCaption(image), title, ...adjacentHeadings(before, blocks)])) continue;
    const afterBlock = before === -1 ? -1 : Number(blocks[before]!.getAttribute(BLOCK_ATTRIBUTE));
    descriptions.push({ afterBlock, text: alt });
  }
  return descriptions;
}
