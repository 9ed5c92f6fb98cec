/**
 * Finding "lines": the elements that hold one short standalone piece of text
 * (a label, a kicker + headline, a caption line), whatever tag a site used.
 */
import { normalizeForMatch } from '../../text';
import type { RuleContext } from './rule';
import { isHeadlineLike, outermostWithSameText } from './signals';
import { wholeLines } from './whole-line';

/** Tags a site may hold a standalone line in. */
export const LINE_TAGS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ASIDE', 'SECTION', 'FIGURE', 'FIGCAPTION',
  'BLOCKQUOTE', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'A', 'SMALL', 'HEADER', 'FOOTER', 'DT', 'DD', 'TD', 'CENTER', 'FONT',
]);

/** Longest text a line can have; a label, kicker + headline or date line fits well within it. */
export const MAX_LINE_LENGTH = 320;

/**
 * Every element (outermost among those with identical text) whose text is short
 * enough to be a line and for which `accept` returns true.
 */
export function findLines(
  root: Element,
  context: RuleContext,
  accept: (el: Element, normalized: string) => boolean,
): Element[] {
  const found = new Set<Element>();
  for (const el of context.lines()) {
    if (!accept(el, context.normalized(el)) || !root.contains(el)) continue;
    found.add(outermostWithSameText(el, root, context.text));
  }
  // Never words out of running text ("according to ."): only whole lines, or blocks made of matched pieces.
  return dropNested(wholeLines([...found]));
}

/**
 * Keep only elements not inside another kept element. Walks each element's
 * ancestors against a set (elements × depth) rather than comparing every pair:
 * pairs took 2.5 billion `contains` calls on a page of 50,000 ad labels (#18).
 */
export function dropNested(elements: Element[]): Element[] {
  const all = new Set<Node>(elements);
  return elements.filter((el) => {
    for (let ancestor = el.parentNode; ancestor; ancestor = ancestor.parentNode) if (all.has(ancestor)) return false;
    return true;
  });
}

export interface KickerLine {
  kicker: string;
  /** What follows the kicker: usually a headline. */
  rest: string;
  /** Share of `rest` that is link text. */
  restLinkDensity: number;
  /** The line ends like a sentence (period, semicolon): prose, unless it is a link. */
  endsLikeSentence: boolean;
}

/** A kicker line that introduces a link or a headline, not a sentence of prose. */
export function isPromoLine(line: KickerLine | null, el?: Element): boolean {
  if (line === null) return false;
  // A heading that starts with a kicker word ("See also [edit]", "More on this") heads a section, unless
  // what follows the kicker is a linked headline ("<h4>READ MORE: <a>…</a></h4>").
  if (el && /^H[1-6]$/i.test(el.tagName)) return line.restLinkDensity >= 0.5 && line.rest.length >= 15;
  return (line.restLinkDensity >= 0.5 || (isHeadlineLike(line.rest) && !line.endsLikeSentence));
}

/**
 * "READ MORE: Headline", "WATCH | Headline", "<b>Related</b> <a>Headline</a>":
 * a known kicker set off by punctuation, by its own element, or by capitals.
 */
export function matchKicker(el: Element, raw: string, kickers: readonly string[]): KickerLine | null {
  const normalized = normalizeForMatch(raw);
  for (const kicker of kickers) {
    if (!normalized.startsWith(kicker)) continue;
    const after = normalized.slice(kicker.length);
    const punctuated = /^\s*[:|›»>\-–—]\s*\S/u.test(after);
    const rawKicker = raw.trimStart().slice(0, kicker.length);
    const shouted = rawKicker === rawKicker.toUpperCase() && /\p{Lu}/u.test(rawKicker) && /^\s+\S/.test(after);
    const separateElement = firstChildIsKicker(el, kicker) && /^\s*\S/.test(after);
    if (!punctuated && !shouted && !separateElement) continue;
    const rest = after.replace(/^\s*[:|›»>\-–—]?\s*/u, '');
    if (!rest) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += normalizeForMatch(a.textContent ?? '').length;
    return { kicker, rest, restLinkDensity: Math.min(1, linked / rest.length), endsLikeSentence: /[.;]$/.test(raw.trim()) };
  }
  return null;
}

function firstChildIsKicker(el: Element, kicker: string): boolean {
  const first = el.firstElementChild;
  if (!first) return false;
  const before = el.firstChild;
  if (before && before !== first && (before.textContent ?? '').trim() !== '') return false;
  return normalizeForMatch(first.textContent ?? '') === kicker;
}
