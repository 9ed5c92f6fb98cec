/** Which sentence a click landed on: hit-testing the rendered article back to `Article.sentences`. */
import type { Article } from '../../core/model';
import { mapBlockText } from './text-map';

/** The sentence of block `block` that holds collapsed offset `offset` (the one before a gap between sentences). */
export function sentenceAtOffset(article: Pick<Article, 'blocks' | 'sentences'>, block: number, offset: number): number | null {
  const info = article.blocks[block];
  if (!info || info.sentenceCount === 0) return null;
  let found = info.firstSentence;
  for (let i = info.firstSentence; i < info.firstSentence + info.sentenceCount; i++) {
    const sentence = article.sentences[i];
    if (sentence && sentence.start <= offset) found = i;
  }
  return found;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
};

/** The text position under (x, y), looking inside `root` when it is a shadow root. Null where the browser cannot say. */
export function caretAt(root: Document | ShadowRoot, x: number, y: number): CaretPoint | null {
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as CaretDocument;
  if (typeof doc.caretPositionFromPoint !== 'function') return null;
  const shadowRoots = root.nodeType === 11 ? [root as ShadowRoot] : [];
  const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
  return position ? { node: position.offsetNode, offset: position.offset } : null;
}

/**
 * The sentence at a point in the article: the caret position mapped through the
 * block's text; without a caret API (or off the text), the block's first sentence.
 */
export function sentenceAtPoint(
  article: Pick<Article, 'blocks' | 'sentences'>,
  target: Element,
  caret: CaretPoint | null,
): number | null {
  const blockElement = target.closest('[data-lector-block]');
  if (!blockElement) return null;
  const block = Number(blockElement.getAttribute('data-lector-block'));
  if (!Number.isInteger(block)) return null;
  const inBlock = caret && blockElement.contains(caret.node) ? caret : null;
  const offset = inBlock ? mapBlockText(blockElement).offsetOf(inBlock.node, inBlock.offset) : 0;
  return sentenceAtOffset(article, block, offset ?? 0);
}
