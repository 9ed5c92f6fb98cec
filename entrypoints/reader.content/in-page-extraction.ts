/**
 * Extraction injected into the page (see entrypoints/extractor.ts), asked for
 * from the background the first time it is needed: the fallback when the
 * extraction frame cannot load, and the plain-text article of a page without
 * one (its sentence segmentation is kept out of the reader script, which every
 * open injects). Null when even that is refused.
 */
import { boundedAddress } from '../../core/bounded-address';
import type { Article, ExtractResult } from '../../core/model';
import type { TextArticleMeta } from '../../core/text-article';
import { IN_PAGE_EXTRACTOR, IN_PAGE_TEXT_ARTICLE, type InPageExtractor, type InPageTextArticle } from '@/messaging/protocol';
import { sendRuntimeMessage } from '@/messaging/send-message';

function injected<F>(name: string): F | null {
  const value = (globalThis as unknown as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as F) : null;
}

async function inject(): Promise<boolean> {
  if (injected(IN_PAGE_EXTRACTOR)) return true;
  return (await sendRuntimeMessage({ type: 'lector:extractor' }).catch(() => false)) === true;
}

/** Null also when `signal` stopped it (the reader closed while the page was read). */
export async function extractInPage(doc: Document, signal?: AbortSignal): Promise<ExtractResult | null> {
  if (!(await inject())) return null;
  return (await injected<InPageExtractor>(IN_PAGE_EXTRACTOR)?.(doc, boundedAddress(doc.URL), signal)) ?? null;
}

/** The article of `text`, one block per line (core/text-article.ts); null for no text or where injecting is refused. */
export async function textArticleInPage(text: string, meta: TextArticleMeta, doc: Document): Promise<Article | null> {
  if (!(await inject())) return null;
  return injected<InPageTextArticle>(IN_PAGE_TEXT_ARTICLE)?.(text, meta, doc) ?? null;
}
