/**
 * The reader shows the article with Chromium's own HTML sanitizer
 * (`Element.setHTML`) and Lector's lists: hostile HTML loses every script,
 * handler, frame, form and style, and keeps the article's headings, block
 * markers, links, images, SVG and MathML. (Firefox: cross-browser-firefox.)
 */
import { expect, it } from 'vitest';
import { articleHtmlCheckScript, EXPECTED_REPORT } from './support/article-html-check';
import { useExtensionSession } from './support/browser';

const session = useExtensionSession({ newPagePerTest: true });

it("shows only what Lector's lists and the browser's sanitizer let through", async () => {
  const { page, server } = session;
  await page.goto(`${server.origin}/e2e/frame-watch.html`);
  const report = JSON.parse(await page.evaluate(await articleHtmlCheckScript())) as unknown;
  expect(report).toEqual(EXPECTED_REPORT);
});
