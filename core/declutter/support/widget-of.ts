import type { RuleContext } from './rule';
import { hasUnlinkedProse, linkDensity, proseParagraphCount } from './signals';

const INLINE_TAGS = new Set(['SPAN', 'A', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'FONT', 'MARK', 'CITE', 'Q', 'SUB', 'SUP', 'LABEL']);

/**
 * The block a label heads: its container when the container is the label plus
 * links, else the label and the link list right after it. A label followed by
 * prose is only a label; the prose stays.
 */
export function widgetOf(label: Element, root: Element, context: RuleContext): Element[] {
  const container = label.parentElement;
  if (container && container !== root && isLinkWidget(container, context)) {
    let widget = container;
    // Never grow into inline ancestors: a hovercard sits inside a sentence, and the sentence stays.
    for (let up = widget.parentElement; up && up !== root && !INLINE_TAGS.has(up.tagName.toUpperCase()) && isLinkWidget(up, context); up = up.parentElement) {
      if (context.text(up).length > context.text(widget).length * 1.5) break;
      widget = up;
    }
    return [widget];
  }
  const parts = [label];
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    if (context.text(next) === '') continue;
    if (isLinkWidget(next, context)) parts.push(next);
    break;
  }
  return parts;
}

function isLinkWidget(el: Element, context: RuleContext): boolean {
  return context.text(el).length <= 2000 && linkDensity(el) >= 0.5 && proseParagraphCount(el) === 0 && !hasUnlinkedProse(el);
}
