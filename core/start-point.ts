/**
 * "Read aloud from here": turn what the context menu knew (a selection, or in
 * Firefox the clicked element) into the index of the article block to start at.
 */
import type { Block } from './model';

/** Where "Read aloud from here" was asked for, as the context menu reports it. */
export interface StartHint {
  /** `info.selectionText`: the selection the menu was opened on. */
  selectionText?: string;
  /** Firefox's `info.targetElementId`, for `browser.menus.getTargetElement`. */
  targetElementId?: number;
}

/** Elements that hold one readable block of text on the page. */
const PAGE_BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td, th, dd, dt';

/** Long enough to be specific, short enough to survive small differences in extraction. */
const MATCH_PREFIX_LENGTH = 120;
/** A block shorter than this ("Yes.", "Advertisement") matches too much to be trusted by containment. */
const MIN_CONTAINED_BLOCK_LENGTH = 20;

export function normalizeForMatch(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function blockTextAround(node: Node | null | undefined): string | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const block = element?.closest(PAGE_BLOCK_SELECTOR) ?? element;
  const text = block?.textContent?.trim();
  return text ? text : null;
}

/**
 * Candidate texts for the start, most precise first: the page block the user
 * pointed at, then the selected text itself.
 */
export function startTextsFromPage(hint: StartHint, doc: Document, target: Element | null): string[] {
  const texts: string[] = [];
  if (target) texts.push(blockTextAround(target) ?? '');
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0 && hint.selectionText) {
    texts.push(blockTextAround(selection.getRangeAt(0).startContainer) ?? '');
  }
  // A selection across blocks reports them joined by newlines: the start is the first line.
  const firstSelectedLine = hint.selectionText?.split(/\n+/).find((line) => line.trim() !== '');
  if (firstSelectedLine) texts.push(firstSelectedLine);
  return texts.filter((text) => text.trim() !== '');
}

/** The first block matching the first candidate that matches any; null when none does. */
export function findStartBlock(blocks: readonly Block[], candidates: readonly string[]): number | null {
  const normalizedBlocks = blocks.map((block) => normalizeForMatch(block.text));
  for (const candidate of candidates) {
    const wanted = normalizeForMatch(candidate);
    if (wanted === '') continue;
    const prefix = wanted.slice(0, MATCH_PREFIX_LENGTH);
    const found = normalizedBlocks.findIndex(
      (text) =>
        text.includes(prefix) || (text.length >= MIN_CONTAINED_BLOCK_LENGTH && wanted.includes(text)),
    );
    if (found !== -1) return blocks[found]?.index ?? found;
  }
  return null;
}
