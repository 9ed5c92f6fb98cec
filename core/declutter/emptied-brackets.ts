import { defineClutterRule } from './support/rule';

/**
 * A bracket group holding only separators: "[-]", "[,]", "[ ]", "( )", "[, ]". Not "[…]" (an elision), "[1]",
 * "(a)" or "[sic]": those have a letter, a digit or an ellipsis in them.
 */
const EMPTY_GROUP = String.raw`(?:\[[\s,;\-\u2010-\u2014]*\]|\([\s,;\-\u2010-\u2014]*\))`;
/** The group after whitespace (taken with it, so "years [-], and" becomes "years, and") or at a text node's start. */
const IN_TEXT = new RegExp(String.raw`(\s+|^)${EMPTY_GROUP}`, 'gu');
/** The same groups in text whose whitespace is gone (bench/quality/whole-cuts.ts squeezes it). */
const SQUEEZED = new RegExp(EMPTY_GROUP, 'gu');

/** Where brackets are the author's own syntax: code, keyboard input, formulas. */
const LITERAL = 'pre, code, kbd, samp, tt, var, math, script, style, textarea';

/**
 * Citation brackets whose numbers Readability took out: it drops `<span class="footers">` (a class it reads as a
 * page footer) from "[<span class="footers">1</span>-<span class="footers">3</span>]", so the sentence keeps
 * "[-]" or "[,]" and a listener hears "left bracket, hyphen, right bracket". The group is punctuation only:
 * no word of the sentence goes with it. `find` wraps each group (and the space before it) in a span of its own,
 * so the pipeline removes it and reports it like any other removal.
 */
export const emptiedBracketsRule = defineClutterRule({
  name: 'emptied-brackets',
  languages: [],
  find(root) {
    const found: Element[] = [];
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 0x4); // NodeFilter.SHOW_TEXT
    const candidates: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (/[\])]/u.test(text.data) && !text.parentElement?.closest(LITERAL)) candidates.push(text);
    }
    for (const start of candidates) {
      if (!start.parentNode) continue; // merged into an earlier node (Readability's content is detached: no isConnected)
      // Readability leaves "[", "-" and "]" as separate text nodes where it took the spans out: join them first.
      let first: Text = start;
      while (first.previousSibling?.nodeType === 3) first = first.previousSibling as Text;
      let joined = '';
      for (let node: ChildNode | null = first; node && node.nodeType === 3; node = node.nextSibling) joined += (node as Text).data;
      if (!joined.match(IN_TEXT)) continue;
      for (let next = first.nextSibling; next && next.nodeType === 3; next = first.nextSibling) {
        first.data += (next as Text).data;
        next.remove();
      }
      found.push(...wrapGroups(first, doc));
    }
    return found;
  },
});

/** Wraps each empty group of `text` (and the whitespace before it) in a span; returns the spans. */
function wrapGroups(text: Text, doc: Document): Element[] {
  const spans: Element[] = [];
  const matches = [...text.data.matchAll(IN_TEXT)].filter((match) => match.index > 0 || startsAfterSpace(text));
  let rest = text;
  let offset = 0;
  for (const match of matches) {
    const group = rest.splitText(match.index - offset);
    rest = group.splitText(match[0].length);
    offset = match.index + match[0].length;
    const span = doc.createElement('span');
    group.replaceWith(span);
    span.append(group);
    spans.push(span);
  }
  return spans;
}

/** At a text node's start, the group follows an element: "foo()" after `<code>foo</code>` is a call, not a citation. */
function startsAfterSpace(text: Text): boolean {
  const before = text.previousSibling;
  if (!before) return true;
  return /\s$/u.test(before.textContent ?? '');
}

/** `text` without the groups this rule removes; for comparing whitespace-free text with the article. */
export function withoutEmptiedGroups(text: string): string {
  return text.replace(SQUEEZED, '');
}
