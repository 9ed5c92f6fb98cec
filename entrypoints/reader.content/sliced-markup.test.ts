// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outerHtmlInSlices } from './sliced-markup';

/** Parsed and written out again: two texts that give the same document give the same string. */
const reparsed = (html: string) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;

function page(paragraphs: number): Document {
  const rows = Array.from(
    { length: paragraphs },
    (_, i) => `<p class="p${i}" title='say "hi" &amp; a&lt;b'>Part ${i}: caf&eacute; &amp; bar&nbsp;&lt;tag&gt; <a href="/x?a=1&amp;b=2">link</a><!-- note ${i} --></p>`,
  ).join('\n');
  const html = `<!DOCTYPE html><html lang="en" data-x="1"><head><title>T &amp; t</title><style>p > a { color: red }</style></head><body class="b">
    <div id="app"><main><article>${rows}<template><p>inert</p></template><table><tbody><tr><td>cell &lt;</td></tr></tbody></table><svg viewBox="0 0 1 1"><path d="M0 0"></path></svg><script>if (a < b && c > d) {}</script><textarea>&lt;/p&gt;</textarea></article></main></div>
    <footer>Foot</footer></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('outerHtmlInSlices', () => {
  it('writes a large page in many slices, and the text gives the same document as outerHTML', async () => {
    const doc = page(600);
    let pauses = 0;
    const html = await outerHtmlInSlices(doc.documentElement, async () => void pauses++, 200);
    expect(pauses).toBeGreaterThan(5);
    expect(reparsed(html)).toBe(reparsed(doc.documentElement.outerHTML));
  });

  it('writes a small page in one go, as outerHTML', async () => {
    const doc = page(20);
    let pauses = 0;
    const html = await outerHtmlInSlices(doc.documentElement, async () => void pauses++, 200);
    expect(pauses).toBe(0);
    expect(html).toBe(doc.documentElement.outerHTML);
  });

  it.each([
    ['a small page', 20],
    ['a large page, in slices', 600],
  ])('leaves out the nodes it is told to skip, and only those, on %s', async (_case, paragraphs) => {
    const doc = page(paragraphs);
    const expected = doc.documentElement.outerHTML;
    // Lector's frame host, added at the root while the page is written (as a first open does).
    const host = doc.createElement('div');
    const html = await outerHtmlInSlices(
      doc.documentElement,
      async () => void doc.documentElement.append(host),
      200,
      (node) => node === host,
    );
    doc.documentElement.append(host);
    const skippedNow = await outerHtmlInSlices(doc.documentElement, async () => undefined, 200, (node) => node === host);
    expect(doc.documentElement.outerHTML).not.toBe(expected);
    expect(reparsed(skippedNow)).toBe(reparsed(expected));
    expect(reparsed(html)).toBe(reparsed(expected));
    if (paragraphs === 20) expect(skippedNow).toBe(expected);
  });

  it('writes every part once when a page script changes the page between slices', async () => {
    const doc = page(600);
    const article = doc.querySelector('article')!;
    let added = false;
    const html = await outerHtmlInSlices(
      doc.documentElement,
      async () => {
        if (added) return;
        added = true;
        article.append(Object.assign(doc.createElement('p'), { textContent: 'Added late' }));
      },
      1_000,
    );
    expect(html).toContain('Part 0:');
    expect(html).toContain('Part 599:');
    expect(html.match(/<footer>/g)).toHaveLength(1);
  });
});
