/**
 * The article's blocks: the units a listener moves by and the overlay
 * highlights. Each gets `data-lector-block="N"` in the sanitized HTML so the
 * overlay can find it again without re-deriving anything.
 */
import { allDescendants } from './element-walk';
import type { BlockKind } from './model';
import { BLOCK_ATTRIBUTE } from './sanitize-policy';
import { BLOCK_TAGS, collapseWhitespace } from './text';

export { BLOCK_ATTRIBUTE };

export interface BlockElement {
  element: Element;
  kind: BlockKind;
  level?: number;
  text: string;
}

function isBlock(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/** The kind from the block's nearest context; `pre`/`code` anywhere above wins over a caption, and so on down. */
function kindOf(el: Element): { kind: BlockKind; level?: number } {
  const heading = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  const above = new Set<string>();
  for (let node: Element | null = el; node; node = node.parentElement) above.add(node.tagName.toUpperCase());
  if (above.has('PRE') || above.has('CODE')) return { kind: 'code' };
  if (above.has('FIGCAPTION') || above.has('CAPTION')) return { kind: 'caption' };
  if (above.has('LI') || above.has('DD') || above.has('DT')) return { kind: 'list-item' };
  if (above.has('BLOCKQUOTE')) return { kind: 'quote' };
  if (above.has('TD') || above.has('TH')) return { kind: 'table-cell' };
  return { kind: 'paragraph' };
}

/** Start tags that close an open <p> when HTML is parsed. */
const CLOSES_PARAGRAPH = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'MAIN', 'MENU', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'UL',
]);

/**
 * One pass over `root` for what the walk below needs: every element with a
 * block somewhere inside it. On the way, a <p> holding a <div> (a DOM only
 * scripts or Readability build) becomes a <div>: serialized and parsed again,
 * as the reader and the CLI do, the parser would split it and the block
 * markers would land on the wrong text.
 */
function prepareBlocks(root: Element): Set<Element> {
  const containing = new Set<Element>();
  const split = new Set<Element>();
  for (const el of allDescendants(root)) {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) {
      for (let up = el.parentElement; up && !containing.has(up); up = up === root ? null : up.parentElement) containing.add(up);
    }
    if (CLOSES_PARAGRAPH.has(tag)) {
      for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (up.tagName.toUpperCase() === 'P') split.add(up);
    }
  }
  for (const p of split) {
    const div = p.ownerDocument.createElement('div');
    for (const attribute of p.attributes) div.setAttribute(attribute.name, attribute.value);
    div.append(...p.childNodes);
    p.replaceWith(div);
    if (containing.delete(p)) containing.add(div);
  }
  return containing;
}

/**
 * Walks `root`, marks every block with its index and returns them in reading
 * order. Text that sits directly in a container beside blocks ("<li>Intro
 * <ul>…</ul></li>") is wrapped in a span so it is a block too and never skipped.
 */
export function collectBlocks(root: Element): BlockElement[] {
  const containing = prepareBlocks(root);
  const blocks: BlockElement[] = [];
  const add = (element: Element, kindSource: Element) => {
    const text = collapseWhitespace(element.textContent ?? '');
    if (!text) return;
    element.setAttribute(BLOCK_ATTRIBUTE, String(blocks.length));
    blocks.push({ element, text, ...kindOf(kindSource) });
  };
  const visit = (el: Element) => {
    if (!containing.has(el)) {
      if (el !== root) add(el, el);
      else wrapRuns(el, add);
      return;
    }
    wrapRuns(el, add, visit);
  };
  visit(root);
  return blocks;
}

/** Groups consecutive non-block children into spans (blocks of their own); hands block children to `visitBlock`. */
function wrapRuns(
  el: Element,
  add: (element: Element, kindSource: Element) => void,
  visitBlock?: (child: Element) => void,
): void {
  let run: Node[] = [];
  const flush = () => {
    if (run.some((node) => (node.textContent ?? '').trim() !== '')) {
      const span = el.ownerDocument.createElement('span');
      run[0]!.parentNode!.insertBefore(span, run[0]!);
      for (const node of run) span.appendChild(node);
      add(span, el);
    }
    run = [];
  };
  for (const child of [...el.childNodes]) {
    if (isBlock(child)) {
      flush();
      visitBlock?.(child);
    } else if (child.nodeType === 1 || child.nodeType === 3) {
      run.push(child);
    }
  }
  flush();
}
