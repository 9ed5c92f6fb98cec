/**
 * Puts the article's HTML into the reader with the browser's own sanitizer
 * (`Element.setHTML`, Chrome 146 and Firefox 148 on). The HTML was already
 * cleaned by DOMPurify in Lector's extraction frame; this second pass costs the
 * injected script nothing, and whatever the string holds, `setHTML` never lets
 * a script, an event handler or a `javascript:` address through. Lector's own
 * lists take away what the browser's safe defaults would keep (forms, styles).
 */
import { FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS } from '../core/sanitize-policy';

/** The Sanitizer API's options, absent from TypeScript 5.9's DOM typings. */
interface SanitizerElement {
  name: string;
  namespace: string;
}
interface SetHtmlOptions {
  sanitizer: { removeElements: SanitizerElement[]; removeAttributes: string[] };
}

/**
 * A bare name means the HTML element only; `<svg><style>` would restyle the
 * reader and `<svg><animate>` rewrite a link, so each name goes in every namespace.
 */
const NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];
const REMOVED_ELEMENTS = FORBIDDEN_TAGS.flatMap((name) => NAMESPACES.map((namespace) => ({ name, namespace })));
type SanitizingElement = Element & { setHTML?: (html: string, options: SetHtmlOptions) => void };

export const NO_SANITIZER_MESSAGE =
  'This browser cannot show the article safely: it has no built-in HTML sanitizer (Chrome 146 and Firefox 148 have one).';

/** Whether this browser has `setHTML`; the reader checks before it opens rather than fail half-drawn. */
export function canShowArticleHtml(doc: Document): boolean {
  return typeof (doc.documentElement as SanitizingElement | null)?.setHTML === 'function';
}

export function showArticleHtml(root: Element, html: string): void {
  const target = root as SanitizingElement;
  if (typeof target.setHTML !== 'function') throw new Error(NO_SANITIZER_MESSAGE);
  target.setHTML(html, { sanitizer: { removeElements: REMOVED_ELEMENTS, removeAttributes: [...FORBIDDEN_ATTRIBUTES] } });
}
