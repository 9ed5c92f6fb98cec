/**
 * Messages between the reader (in the page) and the extraction frame. The
 * reader sends the page with a MessagePort; the frame answers on that port
 * only, so no other window can read the answer or write one. The frame's
 * address carries a one-time token (its fragment) that the request must
 * repeat: a page that reaches the frame through `window.frames` cannot know
 * it, so it can neither use the frame nor keep it busy.
 */
import type { PageMarkup } from '@/core/extract-markup';
import type { ExtractResult } from '@/core/model';

/** The frame's page, as `runtime.getURL` wants it (listed in the manifest's web_accessible_resources). */
export const EXTRACT_FRAME_PATH = '/extract-frame.html';

export interface ExtractRequest {
  type: 'lector:extract';
  /** The token in the frame's address fragment. */
  token: string;
  page: PageMarkup;
}

/** `started` comes at once, so a frame that never got the request is told from one still working. */
export type FrameReply = { type: 'started' } | { type: 'result'; result: ExtractResult };

export function isExtractRequest(message: unknown): message is ExtractRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, token, page } = message as { type?: unknown; token?: unknown; page?: Partial<Record<keyof PageMarkup, unknown>> };
  return (
    type === 'lector:extract' &&
    typeof token === 'string' &&
    typeof page === 'object' &&
    page !== null &&
    typeof page.html === 'string' &&
    typeof page.url === 'string' &&
    typeof page.baseUrl === 'string' &&
    typeof page.isHtml === 'boolean'
  );
}

export function isFrameReply(message: unknown): message is FrameReply {
  if (typeof message !== 'object' || message === null) return false;
  const { type, result } = message as { type?: unknown; result?: { kind?: unknown } };
  if (type === 'started') return true;
  return type === 'result' && typeof result === 'object' && result !== null && (result.kind === 'article' || result.kind === 'no-article');
}
