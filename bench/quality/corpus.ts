/**
 * Reads ../shared/corpus (never copied into the repo) and runs bare
 * Readability and Lector on each page in one pass over one parsed document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../cli/parse-html';
import { englishMessages } from '../../cli/english-messages';
import { noArticleReason } from '../../components/i18n/extraction-words';
import { extractArticle } from '../../core/extract';

export const CORPUS_DIR = resolve(process.env.LECTOR_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus'));

export interface CorpusPage {
  corpus: 'zyte' | 'readability';
  id: string;
  url: string;
  /** The article text a person marked (Zyte) or Readability's expected output (its own suite). */
  truth: string;
  html: () => Buffer;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'zyte-article-extraction', 'ground-truth.json'));
}

export function listCorpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const zyteDir = join(CORPUS_DIR, 'zyte-article-extraction');
  const truth = JSON.parse(readFileSync(join(zyteDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  for (const [id, entry] of Object.entries(truth)) {
    const file = join(zyteDir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    pages.push({ corpus: 'zyte', id, url: entry.url, truth: entry.articleBody, html: () => gunzipSync(readFileSync(file)) });
  }
  const readabilityDir = join(CORPUS_DIR, 'readability-test-pages');
  if (existsSync(readabilityDir)) {
    for (const id of readdirSync(readabilityDir).sort()) {
      const source = join(readabilityDir, id, 'source.html');
      const expected = join(readabilityDir, id, 'expected.html');
      if (!existsSync(source) || !existsSync(expected)) continue;
      pages.push({
        corpus: 'readability',
        id,
        url: 'http://fakehost/test/page.html', // the URL Readability's own suite uses
        truth: htmlToText(readFileSync(expected, 'utf8')),
        html: () => readFileSync(source),
      });
    }
  }
  return pages;
}

function htmlToText(html: string): string {
  const page = parseHtml(html);
  const text = page.document.body?.textContent ?? '';
  page.close();
  return text;
}

export interface PageRun {
  page: CorpusPage;
  bareText: string;
  lectorText: string;
  lectorError: string | null;
  bareMs: number;
  lectorMs: number;
}

/**
 * Both extractors on one parsed document: bare Readability on a clone, Lector on
 * the document (it clones). `lectorFirst` alternates the order between pages so
 * neither side always pays for the other's garbage.
 */
export function runPage(page: CorpusPage, lectorFirst = false): PageRun {
  const parsed = parseHtml(page.html(), page.url);
  try {
    const timeBare = () => {
      const start = performance.now();
      const result = new Readability(parsed.document.cloneNode(true) as Document).parse();
      return { result, ms: performance.now() - start };
    };
    const timeLector = () => {
      const start = performance.now();
      const result = extractArticle(parsed.document, { url: page.url, window: parsed.window });
      return { result, ms: performance.now() - start };
    };
    let bareRun: ReturnType<typeof timeBare>;
    let lectorRun: ReturnType<typeof timeLector>;
    if (lectorFirst) {
      lectorRun = timeLector();
      bareRun = timeBare();
    } else {
      bareRun = timeBare();
      lectorRun = timeLector();
    }
    const { result: bare, ms: bareMs } = bareRun;
    const { result: lector, ms: lectorMs } = lectorRun;
    return {
      page,
      bareText: bare?.textContent ?? '',
      lectorText: lector.kind === 'article' ? lector.text : '',
      lectorError: lector.kind === 'article' ? null : noArticleReason(englishMessages, lector),
      bareMs,
      lectorMs,
    };
  } finally {
    parsed.close();
  }
}
