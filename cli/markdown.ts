/** Article HTML as Markdown, for `lector extract --markdown`. */
import TurndownService from 'turndown';
import type { Article } from '../core/model';

let service: TurndownService | undefined;

/**
 * Turndown escapes Markdown syntax but not "<" or "&": the page text
 * "&lt;img src=x onerror=alert(1)&gt;" would come out as a raw HTML tag that
 * a Markdown renderer passes through. CommonMark's backslash escapes keep
 * them literal text.
 */
function escapeText(markdownEscape: (text: string) => string, text: string): string {
  return markdownEscape(text).replace(/[<>&]/g, (c) => `\\${c}`);
}

export function articleToMarkdown(article: Article, parseFragment: (html: string) => Element): string {
  if (!service) {
    const created = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
    const markdownEscape = created.escape.bind(created);
    created.escape = (text) => escapeText(markdownEscape, text);
    service = created;
  }
  const escape = service.escape.bind(service);
  const header = [`# ${escape(article.title)}`];
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).map((part) => escape(part!)).join(' · ');
  if (meta) header.push('', `_${meta}_`);
  // Turndown reads a DOM node; the article HTML is already sanitized.
  const body = service.turndown(parseFragment(article.html) as unknown as HTMLElement);
  return `${header.join('\n')}\n\n${body}\n`;
}
