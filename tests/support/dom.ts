import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle, type ExtractOptions } from '../../core/extract';
import { declutter, type ClutterRule } from '../../core/declutter/index';
import type { ExtractResult, Removal } from '../../core/model';
import { collapseWhitespace } from '../../core/text';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/** Parses `html` as a page at `url` and extracts it. */
export function extractHtml(html: string, url = 'https://news.example/2020/story', options: ExtractOptions = {}): ExtractResult {
  const page = parseHtml(html, url);
  try {
    return extractArticle(page.document, { url, window: page.window, ...options });
  } finally {
    page.close();
  }
}

/** Runs declutter rules on an HTML fragment (the article body as Readability would leave it). */
export function declutterFragment(fragment: string, rules?: readonly ClutterRule[]): { removed: Removal[]; text: string; html: string } {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${fragment}</div></body></html>`);
  const root = page.document.getElementById('root')!;
  const removed = declutter(root, rules ? { rules } : {});
  const result = { removed, text: collapseWhitespace(root.textContent ?? ''), html: root.innerHTML };
  page.close();
  return result;
}

/** A paragraph of ordinary reporting, so fragments look like an article around the clutter. */
export const PROSE =
  '<p>The council voted on Tuesday to extend the program for another two years, after a long debate about its cost and its results so far.</p>';
