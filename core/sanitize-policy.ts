/**
 * What never reaches the reader, as plain lists with no library behind them:
 * DOMPurify applies them where the article is extracted (core/sanitize.ts), and
 * the browser's own sanitizer applies them again where the reader shows it
 * (components/article-html.ts), which must stay small enough to inject.
 */

/**
 * Elements that run, submit, frame, restyle or animate; and `title`/`desc`,
 * which are hidden on screen but would be spoken (text nobody sees must not be read aloud).
 */
export const FORBIDDEN_TAGS: readonly string[] = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'option',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'dialog', 'portal',
  'foreignObject', 'animate', 'set', 'animateMotion', 'animateTransform', 'title', 'desc',
];

/** Attributes that restyle the reader, take focus, or point somewhere unsafe. */
export const FORBIDDEN_ATTRIBUTES: readonly string[] = [
  'style', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'autofocus', 'tabindex', 'contenteditable', 'xlink:href',
  // Would make article text pose as a reader control or state (a "Close reader" button, a pressed toggle).
  'aria-roledescription', 'aria-keyshortcuts', 'aria-pressed', 'aria-checked', 'aria-selected', 'aria-expanded',
  'aria-haspopup', 'aria-modal', 'aria-live', 'aria-atomic', 'aria-relevant', 'aria-busy', 'aria-valuenow',
  'aria-valuemin', 'aria-valuemax', 'aria-valuetext', 'aria-activedescendant', 'aria-controls', 'aria-owns',
];

/** The attribute core/blocks.ts adds after sanitizing; the reader finds blocks and sentences by it. */
export const BLOCK_ATTRIBUTE = 'data-lector-block';

/**
 * Roles an article may keep: document structure only. A widget or landmark
 * role (`button`, `dialog`, `slider`, `status`…) would let page text imitate the
 * reader's own controls for assistive technology.
 */
const STRUCTURE_ROLES = new Set([
  'article', 'blockquote', 'caption', 'cell', 'code', 'columnheader', 'definition', 'deletion', 'emphasis', 'figure',
  'heading', 'img', 'image', 'insertion', 'list', 'listitem', 'mark', 'math', 'none', 'note', 'paragraph',
  'presentation', 'row', 'rowgroup', 'rowheader', 'separator', 'strong', 'subscript', 'superscript', 'table',
  'term', 'time',
]);

/** Every id of the reader's own UI starts so (components/*.tsx); an article id like it would collide. */
const READER_ID = /^\s*lector/i;

/** Attributes naming other elements by id: pointing at the reader's controls is a way to borrow their names. */
const ID_REFERENCES = new Set(['aria-labelledby', 'aria-describedby', 'aria-details', 'aria-errormessage', 'aria-flowto', 'for']);

/** Names a link must not carry: a link's name is its visible text, so it cannot pose as "Close reader". */
const LINK_NAMES = new Set(['aria-label', 'aria-labelledby', 'aria-description', 'aria-describedby', 'title']);

/** Where the markup comes from: the page, or an article Lector made (whose `lector-h-N` heading ids are its own, core/outline.ts). */
export type MarkupSource = 'page' | 'article';

/**
 * Whether `element` may keep attribute `name` with `value`, beyond the lists
 * above: the checks that depend on the value or the element.
 */
export function keepsAttribute(elementName: string, name: string, value: string, source: MarkupSource = 'page'): boolean {
  const attribute = name.toLowerCase();
  if (attribute === 'id' || attribute === 'name') return source === 'article' || !READER_ID.test(value);
  if (attribute === 'role') {
    const roles = value.toLowerCase().split(/\s+/).filter(Boolean);
    return roles.length > 0 && roles.every((role) => STRUCTURE_ROLES.has(role) || role.startsWith('doc-'));
  }
  if (isLink(elementName) && LINK_NAMES.has(attribute)) return false;
  if (ID_REFERENCES.has(attribute)) return source === 'article' || !value.split(/\s+/).some((id) => READER_ID.test(id));
  return true;
}

/** `a` and `area` in any namespace (an SVG `<a>` is a link too). */
export function isLink(elementName: string): boolean {
  const local = elementName.toLowerCase();
  return local === 'a' || local === 'area';
}

/** What every link in the article gets: no opener, no referrer, a tab of its own. */
export const LINK_ATTRIBUTES: Readonly<Record<string, string>> = { rel: 'noopener noreferrer', target: '_blank' };
