/**
 * What never reaches the reader, as plain lists with no library behind them:
 * DOMPurify applies them where the article is extracted (core/sanitize.ts), and
 * the browser's own sanitizer applies them again where the reader shows it
 * (components/article-html.ts), which must stay small enough to inject.
 */

/** Elements that run, submit, frame, restyle or animate. */
export const FORBIDDEN_TAGS: readonly string[] = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'option',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'dialog', 'portal',
  'foreignObject', 'animate', 'set', 'animateMotion', 'animateTransform',
];

/** Attributes that restyle the reader, take focus, or point somewhere unsafe. */
export const FORBIDDEN_ATTRIBUTES: readonly string[] = [
  'style', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'autofocus', 'tabindex', 'contenteditable', 'xlink:href',
];

/** The attribute core/blocks.ts adds after sanitizing; the reader finds blocks and sentences by it. */
export const BLOCK_ATTRIBUTE = 'data-lector-block';
