/**
 * The fallback when the extraction frame cannot load: extraction injected into
 * the page (see entrypoints/extractor.ts), asked for from the background
 * the first time it is needed. Null when even that is refused.
 */
import { boundedAddress } from '../../core/bounded-address';
import type { ExtractResult } from '../../core/model';
import { IN_PAGE_EXTRACTOR, type InPageExtractor } from '@/messaging/protocol';
import { sendRuntimeMessage } from '@/messaging/send-message';

const extractor = (): InPageExtractor | null => {
  const value = (globalThis as unknown as Record<string, unknown>)[IN_PAGE_EXTRACTOR];
  return typeof value === 'function' ? (value as InPageExtractor) : null;
};

/** Null also when `signal` stopped it (the reader closed while the page was read). */
export async function extractInPage(doc: Document, signal?: AbortSignal): Promise<ExtractResult | null> {
  if (!extractor()) {
    const injected = await sendRuntimeMessage({ type: 'lector:extractor' }).catch(() => false);
    if (injected !== true) return null;
  }
  return (await extractor()?.(doc, boundedAddress(doc.URL), signal)) ?? null;
}
