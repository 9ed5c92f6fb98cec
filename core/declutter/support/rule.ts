import type { Lexicon } from './lexicon';

export interface RuleContext {
  /** The article's address, or null when unknown; the document's own URL may be a copy's. */
  pageUrl: string | null;
  /** The article's title as the reader shows it, and as the page's metadata gives it (with the site's name); may be empty. */
  titles: readonly string[];
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
export interface ClutterRule<Name extends string = string> {
  /** The rule's identity: its file's name, and the key of its localized reason in the reader. */
  name: Name;
  /** Languages whose labels the rule knows (structural signals work in any). */
  languages: readonly string[];
  find(root: Element, context: RuleContext): Element[];
}

/** Keeps the rule's name as a literal type, so the list of rules gives the type of rule names. */
export function defineClutterRule<const Name extends string>(rule: ClutterRule<Name>): ClutterRule<Name> {
  return rule;
}
