/**
 * Messages between the background and the injected reader. Shared by both
 * sides as types and a few constants; no code of either side lives here.
 */
import type { ExtractResult, NoArticleCode } from '@/core/model';

/** Where "Read aloud from here" was asked for, as the context menu reports it. */
export interface StartHint {
  /** `info.selectionText`: the selection the menu was opened on. */
  selectionText?: string;
  /** Firefox's `info.targetElementId`, for `browser.menus.getTargetElement`. */
  targetElementId?: number;
}

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

/**
 * Set in the content scripts' isolated world once the reader script runs, so the
 * background injects the (large) script only once per document.
 */
export const READER_LOADED_FLAG = '__lectorReaderLoaded';

/** The built file of this entrypoint, as `scripting.executeScript` wants it. */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

export function isReaderMessage(message: unknown): message is ReaderMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, action } = message as { type?: unknown; action?: unknown };
  return type === 'lector:reader' && (action === 'toggle' || action === 'open');
}

/**
 * Where the extraction frame cannot load (a page served with CSP `sandbox` has
 * an opaque origin, which may not frame extension pages), the reader asks the
 * background to inject in-page extraction, which leaves one function under
 * this name in the content scripts' isolated world.
 */
export interface ExtractorRequest {
  type: 'lector:extractor';
}
export const EXTRACTOR_SCRIPT_FILE = '/extractor.js';
export const IN_PAGE_EXTRACTOR = '__lectorExtract';
export type InPageExtractor = (doc: Document, url: string) => ExtractResult;

export function isExtractorRequest(message: unknown): message is ExtractorRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'lector:extractor';
}

/** The manifest command (default Alt+Shift+R) that toggles the reader. */
export const TOGGLE_COMMAND = 'toggle-reader';

/** The reader asks the background for a bundled font file's bytes (pages cannot load our files). */
export interface FontRequest {
  type: 'lector:font';
  file: string;
}

/** The background's answer: the file as base64, or null when it cannot be read. */
export type FontResponse = { base64: string } | null;

export function isFontRequest(message: unknown): message is FontRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, file } = message as { type?: unknown; file?: unknown };
  return type === 'lector:font' && typeof file === 'string';
}
