/**
 * Heading levels as the page had them. Readability renames h1 to h2 and drops
 * h1/h2 headings whose class looks negative; a listener navigating by heading
 * needs the page's real structure, so levels are recorded on the clone before
 * Readability runs and put back after.
 */
import type { Removal } from './model';
import { collapseWhitespace, linkedTextLength } from './text';

const LEVEL_ATTRIBUTE = 'data-lector-level';
export const LOW_WEIGHT_ATTRIBUTE = 'data-lector-low-weight';

/** Records each heading's level on the (cloned) document. */
export function recordHeadingLevels(doc: Document): void {
  // Readability renames only h1 (to h2); the other levels survive as they are.
  for (const heading of [...doc.getElementsByTagName('h1')]) heading.setAttribute(LEVEL_ATTRIBUTE, '1');
}

/** Puts recorded levels back (renaming elements Readability retagged) and removes the marks. */
export function restoreHeadingLevels(root: Element): void {
  const renamed = new Map<Element, Element>();
  for (const el of root.querySelectorAll(`[${LEVEL_ATTRIBUTE}]`)) {
    const level = el.getAttribute(LEVEL_ATTRIBUTE);
    el.removeAttribute(LEVEL_ATTRIBUTE);
    const wanted = `H${level}`;
    if (el.tagName.toUpperCase() === wanted) continue;
    // Readability turns some headings into divs/paragraphs on purpose; only undo its h1→h2 renaming.
    if (!/^H[1-6]$/.test(el.tagName.toUpperCase())) continue;
    const replacement = el.ownerDocument.createElement(wanted.toLowerCase());
    for (const attribute of [...el.attributes]) replacement.setAttribute(attribute.name, attribute.value);
    while (el.firstChild) replacement.appendChild(el.firstChild);
    renamed.set(el, replacement);
  }
  swapChildren(renamed);
}

/**
 * Puts each replacement in its element's place. Parent by parent, through a
 * fragment: jsdom finds a child's index by counting its siblings, so one
 * replaceWith per heading was quadratic (20,000 h1 in one parent: minutes).
 */
function swapChildren(replacements: Map<Element, Element>): void {
  const parents = new Set<ParentNode & Node>();
  for (const el of replacements.keys()) if (el.parentNode) parents.add(el.parentNode as ParentNode & Node);
  for (const parent of parents) {
    const fragment = (parent.ownerDocument ?? (parent as unknown as Document)).createDocumentFragment();
    // Always the first child: removing it costs nothing to index.
    for (let child = parent.firstChild; child; child = parent.firstChild) {
      const replacement = replacements.get(child as Element);
      if (replacement) child.remove();
      fragment.appendChild(replacement ?? child);
    }
    parent.appendChild(fragment);
  }
}

/**
 * Readability would have deleted these headings for their class names alone.
 * Keep the ones that introduce prose (a real section heading); drop, and report,
 * the ones that head nothing or a list of links (a widget's title).
 */
/** The removal name of a widget title Readability marked as a heading; the reader words it like a rule's. */
export const WIDGET_HEADING = 'widget-heading';

export function settleLowWeightHeadings(root: Element): Removal[] {
  const removed: Removal[] = [];
  for (const heading of [...root.querySelectorAll(`[${LOW_WEIGHT_ATTRIBUTE}]`)]) {
    heading.removeAttribute(LOW_WEIGHT_ATTRIBUTE);
    if (headsProse(heading)) continue;
    removed.push({ rule: WIDGET_HEADING, text: collapseWhitespace(heading.textContent ?? '') });
    heading.remove();
  }
  return removed;
}

function headsProse(heading: Element): boolean {
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (/^H[1-6]$/.test(next.tagName.toUpperCase())) return false;
    const text = collapseWhitespace(next.textContent ?? '');
    if (!text) continue;
    return text.length >= 60 && linkedTextLength(next) / text.length < 0.5;
  }
  return false;
}

/** Gives every heading a stable id the outline can link to; returns nothing, ids are read by the caller. */
export function assignHeadingIds(root: Element): void {
  let index = 0;
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    heading.setAttribute('id', `lector-h-${index++}`);
  }
}
