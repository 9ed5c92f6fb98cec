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
import { blockText } from './block-text';
import { bareHeard, lectorHeard, type HeardLine } from './heard';
import { isHeldOut } from './held-out';

export const CORPUS_DIR = resolve(process.env.LECTOR_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus'));

export type CorpusName = 'zyte' | 'readability' | 'modern-web';

/** Each corpus's folder under CORPUS_DIR, and the file whose presence says it is there. */
export const CORPORA: Readonly<Record<CorpusName, { dir: string; marker: string }>> = {
  zyte: { dir: 'zyte-article-extraction', marker: 'ground-truth.json' },
  readability: { dir: 'readability-test-pages', marker: '' },
  'modern-web': { dir: 'modern-web-2026', marker: 'ground-truth.json' },
};

export interface CorpusPage {
  corpus: CorpusName;
  id: string;
  url: string;
  /** The article text a person marked (Zyte, modern-web) or Readability's expected output (its own suite). */
  truth: string;
  /** modern-web: sentences that must be kept, and boilerplate that must not be. */
  keep: readonly string[];
  drop: readonly string[];
  /** In the held-out split (bench/quality/held-out.ts): not to be opened while writing rules. */
  heldOut: boolean;
  html: () => Buffer;
}

/** `LECTOR_CORPORA=modern-web,zyte` measures only those (a loaded machine takes an hour for all three). */
const ONLY = process.env.LECTOR_CORPORA?.split(',').map((name) => name.trim()).filter(Boolean) ?? [];

export function corpusPresent(corpus: CorpusName): boolean {
  if (ONLY.length > 0 && !ONLY.includes(corpus)) return false;
  return existsSync(join(CORPUS_DIR, CORPORA[corpus].dir, CORPORA[corpus].marker));
}

export function corpusAvailable(): boolean {
  return (Object.keys(CORPORA) as CorpusName[]).some(corpusPresent);
}

interface TruthEntry {
  url: string;
  articleBody: string;
  with?: string[];
  without?: string[];
}

/** Zyte and modern-web share a layout: ground-truth.json keyed by id, html/<id>.html.gz. */
function gzippedPages(corpus: 'zyte' | 'modern-web'): CorpusPage[] {
  if (!corpusPresent(corpus)) return [];
  const dir = join(CORPUS_DIR, CORPORA[corpus].dir);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
  const pages: CorpusPage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const file = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    pages.push({
      corpus,
      id,
      url: entry.url,
      truth: entry.articleBody,
      keep: entry.with ?? [],
      drop: entry.without ?? [],
      heldOut: corpus === 'modern-web' && isHeldOut(id),
      html: () => gunzipSync(readFileSync(file)),
    });
  }
  return pages;
}

export function listCorpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [...gzippedPages('zyte'), ...gzippedPages('modern-web')];
  const readabilityDir = join(CORPUS_DIR, 'readability-test-pages');
  if (corpusPresent('readability') && existsSync(readabilityDir)) {
    for (const id of readdirSync(readabilityDir).sort()) {
      const source = join(readabilityDir, id, 'source.html');
      const expected = join(readabilityDir, id, 'expected.html');
      if (!existsSync(source) || !existsSync(expected)) continue;
      pages.push({
        corpus: 'readability',
        id,
        url: 'http://fakehost/test/page.html', // the URL Readability's own suite uses
        truth: htmlToText(readFileSync(expected, 'utf8')),
        keep: [],
        drop: [],
        heldOut: false,
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

/**
 * Lets the event loop run between pages. jsdom queues each document's load
 * steps as promise jobs that hold its window; a synchronous loop over hundreds
 * of pages never runs them, so no window is freed and the heap passed 4 GB on
 * the corpora (CI's out-of-memory crash). Closing the window is not enough.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `each` over the pages in order, freeing every page's jsdom window before the next. */
export async function mapPages<T>(pages: readonly CorpusPage[], each: (page: CorpusPage, index: number) => T): Promise<T[]> {
  const results: T[] = [];
  for (const [index, page] of pages.entries()) {
    results.push(each(page, index));
    await settle();
  }
  return results;
}

export interface PageRun {
  page: CorpusPage;
  bareText: string;
  lectorText: string;
  lectorError: string | null;
  bareMs: number;
  lectorMs: number;
  /** What each extractor's article sounds like (bench/quality/heard.ts); empty when it found none. */
  bareHeard: HeardLine[];
  lectorHeard: HeardLine[];
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
    const article = lector.kind === 'article' ? lector : null;
    const parser = new parsed.window.DOMParser();
    return {
      page,
      bareText: bare?.content ? blockText(parser.parseFromString(bare.content, 'text/html').body) : '',
      lectorText: article ? article.text : '',
      lectorError: lector.kind === 'article' ? null : noArticleReason(englishMessages, lector),
      bareMs,
      lectorMs,
      bareHeard: bare ? bareHeard(bare.title ?? '', bare.content ?? '', bare.lang ?? article?.lang ?? null, parser) : [],
      lectorHeard: article ? lectorHeard(article) : [],
    };
  } finally {
    parsed.close();
  }
}
