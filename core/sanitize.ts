/**
 * The one DOMPurify configuration: the article is the page's content, and the
 * page is hostile. Nothing that can run, submit, frame or restyle survives.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { BLOCK_ATTRIBUTE, FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS, isLink, keepsAttribute, LINK_ATTRIBUTES, type MarkupSource } from './sanitize-policy';

export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true, mathMl: true },
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  FORBID_ATTR: [...FORBIDDEN_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  // A closed list of schemes: no javascript:, vbscript: or data: in links.
  ALLOWED_URI_REGEXP: /^(?:https?:|file:|mailto:|tel:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i,
};

const instances = new WeakMap<object, Map<MarkupSource, DOMPurify>>();

/**
 * A DOMPurify bound to `win` (each jsdom window needs its own) for markup from
 * `source`, with Lector's hooks installed once.
 */
function purifierFor(win: WindowLike, source: MarkupSource): DOMPurify {
  let bySource = instances.get(win);
  if (!bySource) instances.set(win, (bySource = new Map()));
  let purifier = bySource.get(source);
  if (!purifier) {
    purifier = createDOMPurify(win);
    // Meaning, not only markup: ids, roles and names that would pass for the reader's own (sanitize-policy.ts).
    purifier.addHook('uponSanitizeAttribute', (node, data) => {
      if (!keepsAttribute(node.localName, data.attrName, data.attrValue, source)) data.keepAttr = false;
    });
    // Every link in any namespace (HTML `a`, `area`, SVG `a`), not only HTML `<a>`.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (isLink(node.localName) && node.hasAttribute('href')) {
        for (const [name, value] of Object.entries(LINK_ATTRIBUTES)) node.setAttribute(name, value);
      }
    });
    bySource.set(source, purifier);
  }
  return purifier;
}

/**
 * Obsolete elements whose content is literal text, still used for code samples
 * (`<pre><code><xmp>wifi_ssid: "…"</xmp></code></pre>`): DOMPurify drops them
 * with their content, which took the code out of the article. Their text is kept
 * as preformatted text.
 */
const LITERAL_TEXT_TAGS = 'xmp, listing, plaintext';

function keepLiteralText(root: Element): void {
  for (const el of [...root.querySelectorAll(LITERAL_TEXT_TAGS)]) {
    const text = el.ownerDocument.createTextNode(el.textContent ?? '');
    if (el.parentElement?.closest('pre')) el.replaceWith(text);
    else el.replaceWith(Object.assign(el.ownerDocument.createElement('pre'), { textContent: text.data }));
  }
}

/** Sanitizes the children of `root` in place (root itself is a plain container of ours). */
export function sanitizeInPlace(root: Element, win: WindowLike): void {
  keepLiteralText(root);
  purifierFor(win, 'page').sanitize(root, { ...SANITIZE_CONFIG, IN_PLACE: true });
}

const LECTOR_ATTRIBUTES = [BLOCK_ATTRIBUTE];

/**
 * Nodes for an article's HTML, sanitized again (the CLI's Markdown output; the
 * reader uses the browser's sanitizer instead, see components/article-html.ts).
 * DOMPurify's parser is inert, so nothing loads or runs before it is clean.
 */
export function sanitizedFragment(html: string, win: WindowLike): DocumentFragment {
  const fragment = purifierFor(win, 'article').sanitize(html, { ...SANITIZE_CONFIG, ADD_ATTR: LECTOR_ATTRIBUTES, RETURN_DOM_FRAGMENT: true });
  // DOMPurify gives null when it could not parse at all (no DOMParser); show nothing rather than "null".
  if (!fragment) throw new Error('The article could not be prepared for display: this browser could not parse it.');
  return fragment;
}
