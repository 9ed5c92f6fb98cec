/**
 * Every message between Lector's parts, in one place: the background, the
 * reader injected into the page, in-page extraction, the extraction frame and
 * the unavailable-page popup. Types, guards and the names both sides must
 * agree on; no code of either side lives here, and nothing here needs the
 * browser, so every bundle may import it.
 */
import type { ExtractResult, NoArticleCode } from '@/core/model';
import type { PageMarkup } from '@/core/extract-markup';
import type { StartHint } from '@/core/start-point';
import type { articleFromText } from '@/core/text-article';

// ---- Names both sides must agree on -------------------------------------------------------------

/**
 * Set in the content scripts' isolated world once the reader script runs, so the
 * background injects the (large) script only once per document.
 */
export const READER_LOADED_FLAG = '__lectorReaderLoaded';

/** The built file of the reader entrypoint, as `scripting.executeScript` wants it. */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

/** The built file of in-page extraction (entrypoints/extractor.ts). */
export const EXTRACTOR_SCRIPT_FILE = '/extractor.js';

/** The global in-page extraction leaves in the content scripts' isolated world. */
export const IN_PAGE_EXTRACTOR = '__lectorExtract';
/** Null: stopped because `cancelled` was aborted (the reader closed). */
export type InPageExtractor = (doc: Document, url: string, cancelled?: AbortSignal) => Promise<ExtractResult | null>;
/**
 * The second global in-page extraction leaves: an article made of plain text (the selection or the page's text, where
 * no article was found). Its sentence segmentation and abbreviation tables stay out of the reader script (issue #16).
 */
export const IN_PAGE_TEXT_ARTICLE = '__lectorTextArticle';
export type InPageTextArticle = typeof articleFromText;

/** The extraction frame's page, as `runtime.getURL` wants it (listed in the manifest's web_accessible_resources). */
export const EXTRACT_FRAME_PATH = '/extract-frame.html';

/** The extraction frame's Readability worker (entrypoints/readability-worker.ts). */
export const READABILITY_WORKER_FILE = '/readability-worker.js';

/** The manifest command (default Alt+Shift+L) that toggles the reader. */
export const TOGGLE_COMMAND = 'toggle-reader';

/** The manifest command that adds the active tab's article to the listening queue. */
export const ADD_TO_QUEUE_COMMAND = 'add-to-queue';

/** The manifest command that opens the listening queue's panel (no suggested key: the user may set one). */
export const OPEN_QUEUE_COMMAND = 'open-queue';

/** The side panel's page (entrypoints/sidepanel), as `runtime.getURL` wants it. */
export const SIDE_PANEL_PATH = '/sidepanel.html';

/**
 * Why the reader could not be put in a tab; the background puts it in the
 * unavailable-page popup's address, which the popup reads back.
 */
export const UNAVAILABLE_REASONS = ['browser-page', 'store', 'pdf', 'file-access', 'other'] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

// ---- Runtime messages (runtime.sendMessage / tabs.sendMessage) ----------------------------------

/** Background -> reader: every trigger (toolbar, shortcut, context menu) as one request. */
export interface ReaderMessage {
  type: 'lector:reader';
  /**
   * `toggle` (toolbar, shortcut) closes an open reader; `open` (context menu)
   * keeps it open and only moves the start point.
   */
  action: 'toggle' | 'open';
  /** Present only for "Read aloud from here". */
  startHint?: StartHint;
}

/**
 * How the article was found: the extraction frame, extraction in the page
 * (where the frame cannot load), the last answer for the unchanged page, or
 * none (an error, or text the user chose to hear).
 */
export type ExtractionPath = 'frame' | 'in-page' | 'reused' | 'none';

/** What the user sees once the toggle has been handled in the page. */
export type ReaderOutcome =
  | { shown: 'article'; title: string; startBlock: number | null; via: ExtractionPath }
  | { shown: 'no-article'; code: NoArticleCode; reason: string; via: ExtractionPath }
  | { shown: 'closed' };

/** What a trigger ends in: the reader's outcome, or the reason the tab cannot have a reader. */
export type TriggerOutcome = ReaderOutcome | { shown: 'unavailable'; reason: UnavailableReason };

/**
 * Reader -> background. Where the extraction frame cannot load (a page served
 * with CSP `sandbox` has an opaque origin, which may not frame extension
 * pages), the reader asks the background to inject in-page extraction, which
 * leaves one function under IN_PAGE_EXTRACTOR in the isolated world.
 */
export interface ExtractorRequest {
  type: 'lector:extractor';
}

/** Reader -> background: a bundled font file's bytes (pages cannot load our files). */
export interface FontRequest {
  type: 'lector:font';
  file: string;
}

/** The background's answer: the file as base64, or null when it cannot be read. */
export type FontResponse = { base64: string } | null;

/** Unavailable-page popup -> background: "Try again" (the click there grants activeTab anew). */
export interface RetryMessage {
  type: 'lector:retry';
  tabId: number;
}

/**
 * Background -> reader script: extract this page as the reader would (the open reader's article when it is
 * open) and add it to the listening queue. Sent when the user asks (context menu, toolbar menu, command), so
 * `activeTab` is granted then; nothing is fetched later.
 */
export interface QueueAddMessage {
  type: 'lector:queue-add';
}

/** What adding a page to the queue came to; the reader script has said it to the user already. */
export type QueueAddOutcome =
  | { kind: 'added'; title: string; count: number }
  | { kind: 'already-queued'; title: string }
  | { kind: 'queue-full'; limit: 'articles' | 'bytes'; max: number }
  | { kind: 'failed' }
  | { kind: 'no-article'; code: NoArticleCode }
  | { kind: 'unavailable'; reason: UnavailableReason };

/** Reader -> background: open the side panel (the reader's button; the click's gesture carries over in Chrome). */
export interface OpenPanelMessage {
  type: 'lector:open-panel';
}

/** Each runtime message by its `type`: what is sent, and what the receiver answers. */
export interface RuntimeProtocol {
  'lector:reader': { request: ReaderMessage; response: ReaderOutcome };
  /** True once in-page extraction is in the sender's document. */
  'lector:extractor': { request: ExtractorRequest; response: boolean };
  'lector:font': { request: FontRequest; response: FontResponse };
  'lector:retry': { request: RetryMessage; response: TriggerOutcome };
  'lector:queue-add': { request: QueueAddMessage; response: QueueAddOutcome };
  /** True when the panel opened. */
  'lector:open-panel': { request: OpenPanelMessage; response: boolean };
}

export type RuntimeMessageType = keyof RuntimeProtocol;
export type RuntimeRequest<T extends RuntimeMessageType> = RuntimeProtocol[T]['request'];
export type RuntimeResponse<T extends RuntimeMessageType> = RuntimeProtocol[T]['response'];

// ---- Port messages: reader <-> extraction frame -------------------------------------------------
// The reader sends a request with a MessagePort; the frame answers on that port
// only, so no other window can read the answer or write one. The frame's
// address carries a one-time token (its fragment) that the request must
// repeat: a page that reaches the frame through `window.frames` cannot know it,
// so it can neither use the frame nor keep it busy. The page itself goes on the
// port after the frame has said `started`: a 5 MB page took the frame longer to
// receive than the reader waits for `started` (3 s at 4× CPU throttling), and a
// frame that got the request is told from one that never did before any of it moves.

export interface ExtractRequest {
  type: 'lector:extract';
  /** The token in the frame's address fragment. */
  token: string;
}

/** The page to read, on the request's port, once the frame has said `started`. */
export interface FramePage {
  type: 'page';
  page: PageMarkup;
}

/** `started` comes at once, so a frame that never got the request is told from one still working. */
export type FrameReply = { type: 'started' } | { type: 'result'; result: ExtractResult };

/** The reader no longer waits (closed, gave up): the frame stops its work at its next pause. */
export interface FrameCancel {
  type: 'cancel';
}

// ---- Guards: every message is checked on arrival, whatever sent it ------------------------------

function fieldsOf(message: unknown): Record<string, unknown> | null {
  return typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : null;
}

export function isReaderMessage(message: unknown): message is ReaderMessage {
  const fields = fieldsOf(message);
  return fields?.type === 'lector:reader' && (fields.action === 'toggle' || fields.action === 'open');
}

export function isReaderOutcome(value: unknown): value is ReaderOutcome {
  const shown = fieldsOf(value)?.shown;
  return shown === 'article' || shown === 'no-article' || shown === 'closed';
}

export function isExtractorRequest(message: unknown): message is ExtractorRequest {
  return fieldsOf(message)?.type === 'lector:extractor';
}

export function isFontRequest(message: unknown): message is FontRequest {
  const fields = fieldsOf(message);
  return fields?.type === 'lector:font' && typeof fields.file === 'string';
}

export function isRetryMessage(message: unknown): message is RetryMessage {
  const fields = fieldsOf(message);
  return fields?.type === 'lector:retry' && typeof fields.tabId === 'number' && Number.isInteger(fields.tabId);
}

export function isQueueAddMessage(message: unknown): message is QueueAddMessage {
  return fieldsOf(message)?.type === 'lector:queue-add';
}

export function isQueueAddOutcome(value: unknown): value is QueueAddOutcome {
  const kind = fieldsOf(value)?.kind;
  return ['added', 'already-queued', 'queue-full', 'failed', 'no-article', 'unavailable'].includes(String(kind));
}

export function isOpenPanelMessage(message: unknown): message is OpenPanelMessage {
  return fieldsOf(message)?.type === 'lector:open-panel';
}

export function isExtractRequest(message: unknown): message is ExtractRequest {
  const fields = fieldsOf(message);
  return fields?.type === 'lector:extract' && typeof fields.token === 'string';
}

export function isFramePage(message: unknown): message is FramePage {
  const fields = fieldsOf(message);
  const page = fieldsOf(fields?.page);
  return (
    fields?.type === 'page' &&
    page !== null &&
    typeof page.html === 'string' &&
    typeof page.url === 'string' &&
    typeof page.baseUrl === 'string' &&
    typeof page.isHtml === 'boolean'
  );
}

export function isFrameCancel(message: unknown): message is FrameCancel {
  return fieldsOf(message)?.type === 'cancel';
}

export function isFrameReply(message: unknown): message is FrameReply {
  const fields = fieldsOf(message);
  if (fields?.type === 'started') return true;
  const kind = fieldsOf(fields?.result)?.kind;
  return fields?.type === 'result' && (kind === 'article' || kind === 'no-article');
}
