/**
 * Puts the article's HTML into the reader with the browser's own sanitizer
 * (`Element.setHTML`, Chrome 146 and Firefox 148 on). The HTML was already
 * cleaned by DOMPurify, whose allowlists decide which elements and attributes
 * an article may have. This second pass costs the injected script nothing and
 * is a floor, not an allowlist: whatever the string holds, `setHTML` never
 * lets a script, an event handler or a `javascript:` address through, and
 * Lector's lists take out what would restyle, frame, submit or take focus
 * (forms, styles, frames, `style`, `class`…), in every namespace.
 */
import type { NoArticleCode } from '../core/model';
import { FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS } from '../core/sanitize-policy';

/** The Sanitizer API's options, absent from TypeScript 5.9's DOM typings. */
interface SanitizerElement {
  name: string;
  namespace: string;
}
type SanitizerAttribute = string | { name: string; namespace: string };
interface SetHtmlOptions {
  sanitizer: { removeElements: SanitizerElement[]; removeAttributes: SanitizerAttribute[] };
}

/**
 * A bare name means the HTML element only; `<svg><style>` would restyle the
 * reader and `<svg><animate>` rewrite a link, so each name goes in every namespace.
 */
const NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];
const REMOVED_ELEMENTS = FORBIDDEN_TAGS.flatMap((name) => NAMESPACES.map((namespace) => ({ name, namespace })));

/**
 * `xlink:href` written as a name would only match an attribute literally named
 * so; the parser puts it in the XLink namespace. `is` goes too, though only from
 * view: an element parsed with it stays "customized", so keeping a page's
 * customized built-ins out of the reader is DOMPurify's job (it drops `is`).
 */
const XLINK = 'http://www.w3.org/1999/xlink';
const REMOVED_ATTRIBUTES: SanitizerAttribute[] = [
  ...FORBIDDEN_ATTRIBUTES.map((name) => (name.startsWith('xlink:') ? { name: name.slice('xlink:'.length), namespace: XLINK } : name)),
  'is',
];
type SanitizingElement = Element & { setHTML?: (html: string, options: SetHtmlOptions) => void };

/**
 * What `showArticleHtml` throws without `setHTML`: a code, not words. The reader
 * checks `canShowArticleHtml` before it opens and words the code
 * (components/i18n/extraction-words.ts), so no user reads this error.
 */
export const NO_SANITIZER = 'no-sanitizer' satisfies NoArticleCode;

/** Whether this browser has `setHTML`; the reader checks before it opens rather than fail half-drawn. */
export function canShowArticleHtml(doc: Document): boolean {
  return typeof (doc.documentElement as SanitizingElement | null)?.setHTML === 'function';
}

export function showArticleHtml(root: Element, html: string): void {
  const target = root as SanitizingElement;
  if (typeof target.setHTML !== 'function') throw new Error(NO_SANITIZER);
  target.setHTML(html, { sanitizer: { removeElements: REMOVED_ELEMENTS, removeAttributes: REMOVED_ATTRIBUTES } });
}
