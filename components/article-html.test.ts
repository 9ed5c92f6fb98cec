// @vitest-environment jsdom
/**
 * Without the browser's HTML sanitizer the reader refuses to show an article
 * rather than show it unsanitized. (The real `setHTML` is tested in Chromium
 * and Firefox: tests/e2e/overlay-article-html.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { canShowArticleHtml, NO_SANITIZER, showArticleHtml } from './article-html';

const proto = Element.prototype as Element & { setHTML?: unknown };
const standIn = proto.setHTML;

afterEach(() => {
  proto.setHTML = standIn;
});

describe('showing article HTML', () => {
  it('refuses with its code, and writes nothing, where the browser has no setHTML', () => {
    delete proto.setHTML;
    const root = document.createElement('article');
    expect(canShowArticleHtml(document)).toBe(false);
    expect(() => showArticleHtml(root, '<p>Text</p><img src=x onerror="alert(1)">')).toThrow(NO_SANITIZER);
    expect(root.childNodes.length).toBe(0);
  });

  it("hands the HTML to setHTML with Lector's lists of what to take out", () => {
    const calls: unknown[][] = [];
    proto.setHTML = function (this: Element, ...args: unknown[]) {
      calls.push(args);
    };
    expect(canShowArticleHtml(document)).toBe(true);
    showArticleHtml(document.createElement('article'), '<p>Text</p>');
    type Named = { name: string; namespace: string };
    const [html, options] = calls[0] as [string, { sanitizer: { removeElements: Named[]; removeAttributes: Array<string | Named> } }];
    expect(html).toBe('<p>Text</p>');
    const removed = options.sanitizer.removeElements.map(({ name, namespace }) => `${namespace.split('/').pop()}:${name}`);
    // In every namespace: an SVG <style> restyles as well as an HTML one.
    expect(removed).toEqual(expect.arrayContaining(['xhtml:script', 'xhtml:style', 'svg:style', 'MathML:style', 'xhtml:form', 'svg:animate', 'svg:foreignObject']));
    expect(options.sanitizer.removeAttributes).toEqual(
      expect.arrayContaining(['style', 'class', 'srcdoc', 'is', { name: 'href', namespace: 'http://www.w3.org/1999/xlink' }]),
    );
    // The parser never makes an attribute named "xlink:href" in no namespace: that entry would remove nothing.
    expect(options.sanitizer.removeAttributes).not.toContain('xlink:href');
  });
});
