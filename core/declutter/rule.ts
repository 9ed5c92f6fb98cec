import type { Lexicon } from './lexicon';

export interface RuleContext {
  /** The article's address, or null when unknown; the document's own URL may be a copy's. */
  pageUrl: string | null;
  /** Label texts of every catalogued language, merged. */
  lexicon: Lexicon;
  /** Text of an element, whitespace-collapsed; cached for the duration of one rule pass. */
  text(el: Element): string;
  /** `text(el)` in the catalogue's normalized form. */
  normalized(el: Element): string;
  /** Elements of a line-holding tag whose text is 1–MAX_LINE_LENGTH characters, in document order. */
  lines(): readonly Element[];
}

/**
 * One family of clutter. `find` returns the elements to remove (it must not
 * remove anything itself); the pipeline removes them and reports each with the
 * rule's name, so a user can see what went and why.
 */
export interface ClutterRule {
  name: string;
  /** Why this is clutter, in a sentence a user could read. */
  reason: string;
  /** Languages whose labels the rule knows (structural signals work in any). */
  languages: readonly string[];
  find(root: Element, context: RuleContext): Element[];
}
