/**
 * The sanitizer keeps out meaning as well as markup: text nobody sees, fake
 * reader controls, ids that collide with the reader's own, links that would
 * hand the page an opener.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml, type ParsedPage } from '../cli/parse-html';
import { sanitizedFragment, sanitizeInPlace } from './sanitize';

let page: ParsedPage | undefined;
afterEach(() => page?.close());

/** Sanitizes `html` in place, as extraction does, and gives back the container. */
function clean(html: string): Element {
  page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  const root = page.document.getElementById('root')!;
  sanitizeInPlace(root, page.window);
  return root;
}

describe('sanitizeInPlace: meaning, not only markup', () => {
  it('keeps the code of an obsolete <xmp> sample as text, and its markup inert', () => {
    const root = clean('<pre><code><xmp>wifi_ssid: "home" <script>alert(1)</script></xmp></code></pre><listing>a < b</listing>');
    expect(root.querySelector('pre code')!.textContent).toBe('wifi_ssid: "home" <script>alert(1)</script>');
    expect(root.querySelectorAll('xmp, listing, script')).toHaveLength(0);
    expect(root.querySelectorAll('pre')).toHaveLength(2);
    expect(root.querySelectorAll('pre')[1]!.textContent).toBe('a < b');
  });

  it('drops a <title> inside a paragraph (hidden, but would be spoken), and SVG title/desc', () => {
    const root = clean('<p>Visible words.<title>Hidden spoken words</title></p><svg><title>Tip</title><desc>More</desc><circle r="2"/></svg>');
    expect(root.textContent).toBe('Visible words.');
    expect(root.querySelectorAll('title, desc')).toHaveLength(0);
    expect(root.querySelector('circle')).not.toBeNull();
  });

  it('drops roles and names that imitate reader controls, keeps structure roles', () => {
    const root = clean(
      '<p><span role="button" aria-label="Close reader" aria-pressed="true">x</span></p>' +
        '<div role="dialog">d</div><div role="slider" aria-valuenow="3">s</div><div role="status" aria-live="polite">live</div>' +
        '<ul role="list"><li role="listitem">one</li></ul><figure role="figure"><img role="img" alt="A bridge" src="b.png"></figure>' +
        '<section role="doc-endnotes">n</section>',
    );
    const span = root.querySelector('span')!;
    expect(span.hasAttribute('role')).toBe(false);
    expect(span.hasAttribute('aria-pressed')).toBe(false);
    expect(root.querySelector('[role="dialog"], [role="slider"], [role="status"], [aria-live], [aria-valuenow]')).toBeNull();
    expect(root.querySelector('ul')!.getAttribute('role')).toBe('list');
    expect(root.querySelector('li')!.getAttribute('role')).toBe('listitem');
    expect(root.querySelector('img')!.getAttribute('role')).toBe('img');
    expect(root.querySelector('section')!.getAttribute('role')).toBe('doc-endnotes');
    // A role list with one widget role in it goes whole: the fallback would still be the widget.
    expect(clean('<span role="note button">x</span>').querySelector('span')!.hasAttribute('role')).toBe(false);
  });

  it('keeps a name on an image but not on a link, whose name is its visible text', () => {
    const root = clean('<a href="/story" aria-label="Close reader" title="Close reader">Next story</a><img src="a.png" alt="" aria-label="Chart of costs">');
    const link = root.querySelector('a')!;
    expect(link.hasAttribute('aria-label')).toBe(false);
    expect(link.hasAttribute('title')).toBe(false);
    expect(root.querySelector('img')!.getAttribute('aria-label')).toBe('Chart of costs');
  });

  it('drops ids, names and id references that collide with the reader’s own (lector-…), keeps the others', () => {
    const root = clean(
      '<h2 id="lector-title">Fake title</h2><p id="LECTOR-speed" name="lector-x">p</p>' +
        '<p id="fn1" aria-describedby="lector-help-title">note</p><p aria-labelledby="fn1">ok</p>',
    );
    expect(root.querySelector('h2')!.hasAttribute('id')).toBe(false);
    const [second, note, ok] = [...root.querySelectorAll('p')];
    expect(second!.hasAttribute('id')).toBe(false);
    expect(second!.hasAttribute('name')).toBe(false);
    expect(note!.id).toBe('fn1');
    expect(note!.hasAttribute('aria-describedby')).toBe(false);
    expect(ok!.getAttribute('aria-labelledby')).toBe('fn1');
  });

  it('gives every link in every namespace rel="noopener noreferrer" and its own tab', () => {
    const root = clean(
      '<p><a href="https://a.example/">html</a></p>' +
        '<svg><a href="https://b.example/"><text>svg</text></a></svg>' +
        '<map name="m"><area href="https://c.example/" alt="c" shape="rect" coords="0,0,1,1"></map><img usemap="#m" src="m.png" alt="">',
    );
    const links = [...root.querySelectorAll('a, area')];
    expect(links.map((link) => link.localName).sort()).toEqual(['a', 'a', 'area']);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/[abc]\.example\/$/);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    expect(root.querySelector('svg a')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});

describe('sanitizedFragment (the CLI’s second pass)', () => {
  it('applies the same meaning checks, and keeps the block attribute and Lector’s own heading ids', () => {
    page = parseHtml('<!DOCTYPE html><html><body></body></html>');
    // The page's `lector-` ids went in the first pass; the ones left are core/outline.ts's.
    const fragment = sanitizedFragment(
      '<h2 id="lector-h-1" data-lector-block="0">Two</h2><p data-lector-block="1" role="button">Words<title>t</title><a href="/x" aria-label="Close">x</a></p>',
      page.window,
    );
    expect(fragment.querySelector('h2')!.id).toBe('lector-h-1');
    const paragraph = fragment.querySelector('p')!;
    expect(paragraph.getAttribute('data-lector-block')).toBe('1');
    expect(paragraph.hasAttribute('role')).toBe(false);
    expect(paragraph.textContent).toBe('Wordsx');
    expect(fragment.querySelector('a')!.hasAttribute('aria-label')).toBe(false);
    expect(fragment.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
