/**
 * Every element's text, computed in one walk of the tree. Asking each element
 * for its textContent costs a walk per element (depth × size); building texts
 * bottom-up costs one walk. Only texts short enough to be lines are kept as
 * strings; longer ones keep their length, and are read on demand.
 */

/** Raw (uncollapsed) text longer than this is not stored. */
const STORED_LIMIT = 2_000;

export type MeasuredText = string | number;

export function measureTexts(root: Element): Map<Element, MeasuredText> {
  const measured = new Map<Element, MeasuredText>();
  const visit = (node: Node): MeasuredText => {
    if (node.nodeType === 3 || node.nodeType === 4) return (node as CharacterData).data;
    if (node.nodeType !== 1) return '';
    let text = '';
    let length = 0;
    let long = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const part = visit(child);
      if (typeof part === 'number') {
        long = true;
        length += part;
      } else {
        length += part.length;
        if (!long) text += part;
      }
      if (length > STORED_LIMIT) long = true;
    }
    const result = long ? length : text;
    measured.set(node as Element, result);
    return result;
  };
  visit(root);
  return measured;
}
