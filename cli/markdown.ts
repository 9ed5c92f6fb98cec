/** Article HTML as Markdown, for `lector extract --markdown`. */
import TurndownService from 'turndown';
import type { Article } from '../core/model';

let service: TurndownService | undefined;

export function articleToMarkdown(article: Article, parseFragment: (html: string) => Element): string {
  service ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const header = [`# ${article.title}`];
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ');
  if (meta) header.push('', `_${meta}_`);
  // Turndown reads a DOM node; the article HTML is already sanitized.
  const body = service.turndown(parseFragment(article.html) as unknown as HTMLElement);
  return `${header.join('\n')}\n\n${body}\n`;
}
