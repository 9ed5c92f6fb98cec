import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { articleToMarkdown } from './markdown';
import type { Article } from '../core/model';

function markdownOf(html: string, title = 'Title'): string {
  const page = parseHtml('<html><body></body></html>');
  const article = { title, byline: '<b>Ann</b>', siteName: null, publishedTime: null, html } as Article;
  return articleToMarkdown(article, (markup) => {
    const div = page.document.createElement('div');
    // The test's own trusted markup stands in for the sanitized article.
    div.innerHTML = markup;
    return div;
  });
}

describe('articleToMarkdown', () => {
  it('keeps page text that looks like HTML as text, escaped, never as a raw tag', () => {
    const out = markdownOf('<p>&lt;img src=x onerror=alert(1)&gt; and AT&amp;T &amp;lt;</p>', '<script>alert(1)</script>');
    expect(out).not.toMatch(/(^|[^\\])<(img|script|b)\b/);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('AT\\&T \\&lt;');
    expect(out).toMatch(/^# \\<script\\>alert\(1\)\\<\/script\\>/);
    expect(out).toContain('_\\<b\\>Ann\\</b\\>_');
  });

  it('still writes Markdown for markup: emphasis, links and code stay as they were', () => {
    const out = markdownOf('<p>A <em>big</em> <a href="https://x.example/">link</a>.</p><pre><code>a &lt; b</code></pre>');
    expect(out).toContain('A _big_ [link](https://x.example/).');
    expect(out).toContain('```\na < b\n```');
  });
});
