/**
 * Puts the article on screen a piece at a time (issue #16): the first screenful at once, the rest in idle
 * slices, so a very long article never holds the page's main thread for long. Whatever needs a block not yet
 * on screen (a heading jump, the spoken sentence, "Read aloud from here") calls `mountUntil`, which puts the
 * pieces up to it on screen first, at once.
 */
import { splitArticleHtml } from './article-chunks';
import { showArticleHtml } from './article-html';

/** Characters of HTML in the first piece (about a screenful and more) and in each later one. */
export const FIRST_PIECE_LENGTH = 24_000;
export const PIECE_LENGTH = 16_000;
/** Time one idle slice spends putting pieces on screen before it lets the page run (at least one piece). */
const SLICE_MS = 8;

/** When to run the next slice; `requestIdleCallback` in the browser. Returns a cancel function. */
export type Schedule = (run: () => void) => () => void;

export interface MountedArticle {
  /** Puts pieces on screen until `found()` says yes or none is left; true when it said yes. */
  mountUntil(found: () => boolean): boolean;
  /** Whether every piece is on screen. */
  readonly complete: boolean;
  /** Stops the idle slices (the reader closed, or another article replaces this one). */
  cancel(): void;
}

export interface MountOptions {
  schedule?: Schedule;
  /** Called with each piece's nodes just before they go on screen, and with the first piece's root (to index blocks). */
  onAdd?: (added: ParentNode) => void;
  pieceLength?: number;
  firstLength?: number;
}

export function mountArticle(root: Element, html: string, options: MountOptions = {}): MountedArticle {
  const chunks = splitArticleHtml(html, options.pieceLength ?? PIECE_LENGTH, options.firstLength ?? FIRST_PIECE_LENGTH);
  const { open, close, depth } = chunks;
  const pieces = chunks.pieces.slice();
  const first = pieces.shift() ?? '';
  showArticleHtml(root, open + first + close);
  let container = innermost(root, depth);
  if (!container && pieces.length > 0) {
    // The wrappers did not survive sanitizing as they were written: the whole article at once, as before.
    showArticleHtml(root, html);
    pieces.length = 0;
  }
  options.onAdd?.(root);
  const scratch = root.ownerDocument.createElement('div');
  const mountNext = () => {
    const piece = pieces.shift();
    if (piece === undefined || !container) return;
    // Parsed inside the same wrappers, so a piece of table rows or list items is parsed where it belongs.
    showArticleHtml(scratch, open + piece + close);
    const parsed = innermost(scratch, depth);
    if (!parsed) return;
    // A box per piece where the flow allows one (not among table rows or list items): the browser then lays out
    // a few hundred boxes per added piece rather than every paragraph of the article again.
    const box = FLOW_CONTAINERS.has(container.localName) ? root.ownerDocument.createElement('div') : root.ownerDocument.createDocumentFragment();
    if (box.nodeType === 1) (box as Element).setAttribute('data-lector-piece', '');
    while (parsed.firstChild) box.appendChild(parsed.firstChild);
    options.onAdd?.(box);
    container.appendChild(box);
  };
  const schedule = options.schedule ?? idleSchedule(root.ownerDocument.defaultView);
  let cancelNext: (() => void) | null = null;
  const slice = () => {
    cancelNext = null;
    const start = performance.now();
    do mountNext();
    while (pieces.length > 0 && performance.now() - start < SLICE_MS);
    if (pieces.length > 0) cancelNext = schedule(slice);
  };
  if (pieces.length > 0) cancelNext = schedule(slice);
  return {
    mountUntil(found) {
      if (found()) return true;
      if (pieces.length === 0) return false;
      while (pieces.length > 0) {
        mountNext();
        if (found()) break;
      }
      if (pieces.length === 0) cancelNext?.();
      return found();
    },
    get complete() {
      return pieces.length === 0;
    },
    cancel() {
      cancelNext?.();
      cancelNext = null;
      pieces.length = 0;
      container = null;
    },
  };
}

/** Containers whose content may be wrapped in a `<div>` without changing what it means or how it looks. */
const FLOW_CONTAINERS = new Set(['article', 'div', 'section', 'main', 'body', 'blockquote', 'aside', 'header', 'footer']);

/** The element the pieces go in: `depth` wrappers down, each the last element of the one above. */
function innermost(root: Element, depth: number): Element | null {
  let element: Element | null = root;
  for (let level = 0; level < depth && element; level++) element = element.lastElementChild;
  return element;
}

type IdleWindow = Window & { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

function idleSchedule(win: Window | null): Schedule {
  const idle = win as IdleWindow | null;
  if (idle?.requestIdleCallback && idle.cancelIdleCallback) {
    // The timeout keeps the pieces coming while the page stays busy (a page's own animations never leave it idle).
    return (run) => {
      const id = idle.requestIdleCallback!(run, { timeout: 100 });
      return () => idle.cancelIdleCallback!(id);
    };
  }
  return (run) => {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  };
}
