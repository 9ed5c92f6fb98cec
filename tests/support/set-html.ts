/**
 * jsdom has no HTML Sanitizer API, so `Element.setHTML` is played here by
 * DOMPurify with Lector's own policy; it ignores the options it is given. Only
 * unit tests of components use it. The options themselves are checked in
 * components/article-html.test.ts, and what the browser's real
 * `setHTML` does with them in tests/e2e/overlay-article-html.test.ts (and in Firefox).
 */
import { sanitizedFragment } from '../../core/sanitize';

type WithSetHtml = Element & { setHTML?: (html: string, options?: unknown) => void };

if (typeof Element !== 'undefined' && typeof (Element.prototype as WithSetHtml).setHTML !== 'function') {
  Object.defineProperty(Element.prototype, 'setHTML', {
    configurable: true,
    writable: true,
    value(this: Element, html: string) {
      const view = this.ownerDocument.defaultView;
      if (!view) throw new Error('setHTML stand-in: the element has no window');
      this.replaceChildren(sanitizedFragment(html, view as unknown as Parameters<typeof sanitizedFragment>[1]));
    },
  });
}
