/**
 * Extraction in Lector's extraction frame: a hidden extension page in a closed
 * shadow root. Readability, DOMPurify and the declutter rules run there, in the
 * extension's process, so they are neither injected into the page nor run on
 * its main thread. The frame exists only while it works: the page's DOM is left
 * as it was, whether the frame answers, fails or is too slow.
 */
import type { PageMarkup } from '@/core/extract-markup';
import type { ExtractResult } from '@/core/model';
import { markFrameHost } from './frame-host';
import { markOpenPhase } from './open-phases';
import { isFrameReply, type ExtractRequest, type FrameCancel, type FramePage } from '@/messaging/protocol';

export interface FrameTimeouts {
  /** For the frame's page to load. */
  load: number;
  /** From loaded to "started": a frame the page blocked or replaced never says it. */
  start: number;
  /** From "started" to the article: a very long page takes seconds, not minutes. */
  finish: number;
}

export const FRAME_TIMEOUTS: FrameTimeouts = { load: 5_000, start: 3_000, finish: 30_000 };

/**
 * The stage at which the frame gave no article. Only article-source reads it, and turns the stage into a code
 * (frame-blocked / frame-timeout) that the reader words; the message is for developers.
 */
export class FrameError extends Error {
  constructor(readonly stage: keyof FrameTimeouts) {
    super(`extraction frame: no answer at stage '${stage}'`);
  }
}

/**
 * `frame.url` may be Chrome's per-session dynamic address, but the frame's
 * document has the extension's own origin: messages go to `frame.origin`.
 */
export interface FrameAddress {
  url: string;
  origin: string;
}

/** The reader was closed while the frame worked: not a failure to tell anyone about. */
export class ReaderClosedError extends Error {
  constructor() {
    super('The reader was closed before the page was read.');
  }
}

/** `page` may still be being written: the frame loads meanwhile, and gets it once written (a failure to write ends it). */
export function extractInFrame(
  page: PageMarkup | Promise<PageMarkup>,
  address: FrameAddress,
  doc: Document = document,
  timeouts: FrameTimeouts = FRAME_TIMEOUTS,
  signal?: AbortSignal,
): Promise<ExtractResult> {
  // Closed before it began (the page went away, the user pressed the toolbar button again): nothing to add or remove.
  if (signal?.aborted) return Promise.reject(new ReaderClosedError());
  // A plain <div>: a page can define a custom element of any name we chose and reach a closed shadow root through
  // its ElementInternals, but it cannot upgrade a div.
  const host = markFrameHost(doc.createElement('div'));
  // CSSOM, not a style attribute or <style>: a page's CSP may forbid inline styles, never this.
  host.style.setProperty('display', 'none', 'important');
  const frame = doc.createElement('iframe');
  const token = oneTimeToken();
  frame.src = `${address.url}#${token}`;
  frame.tabIndex = -1;
  // The frame has no use for the page's address as its referrer, and a page can make that address megabytes long.
  frame.referrerPolicy = 'no-referrer';
  frame.setAttribute('aria-hidden', 'true');
  host.attachShadow({ mode: 'closed' }).append(frame);
  const channel = new MessageChannel();

  return new Promise<ExtractResult>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const wait = (stage: keyof FrameTimeouts) => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new FrameError(stage)), timeouts[stage]);
    };
    // A page that takes the frame out, or swaps its whole root element, gets its answer at once, not after a timeout.
    const removal = new MutationObserver(() => {
      if (!host.isConnected) fail(new FrameError('load'));
    });
    const onAbort = () => fail(new ReaderClosedError());
    const fail = (error: Error) => {
      if (settled) return;
      // The frame may still be working (closed, gave up, taken away): it stops at its next pause. Removing the
      // frame alone does not stop a task that is running in the extension's shared process.
      const cancel: FrameCancel = { type: 'cancel' };
      channel.port1.postMessage(cancel);
      done();
      reject(error);
    };
    const done = () => {
      settled = true;
      clearTimeout(timer);
      frame.removeEventListener('load', onLoad);
      signal?.removeEventListener('abort', onAbort);
      removal.disconnect();
      channel.port1.close();
      host.remove();
    };
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isFrameReply(reply)) return;
      if (reply.type === 'started') {
        markOpenPhase('frame-started');
        wait('finish');
        // The frame is Lector's and listening: only now does the page (megabytes, at times) move.
        return void Promise.resolve(page).then(
          (written) => {
            if (settled) return;
            const pageMessage: FramePage = { type: 'page', page: written };
            channel.port1.postMessage(pageMessage);
          },
          () => fail(new ReaderClosedError()),
        );
      }
      markOpenPhase('frame-result');
      done();
      resolve(reply.result);
    };
    let loads = 0;
    const onLoad = () => {
      // A second load means the page navigated the frame: whatever is there now is not Lector's page.
      if (++loads > 1) return fail(new FrameError('start'));
      markOpenPhase('frame-loaded');
      wait('start');
      const request: ExtractRequest = { type: 'lector:extract', token };
      // Delivered only if the frame still holds Lector's page: a frame the page navigated elsewhere gets nothing.
      frame.contentWindow?.postMessage(request, address.origin, [channel.port2]);
    };
    frame.addEventListener('load', onLoad);
    wait('load');
    signal?.addEventListener('abort', onAbort, { once: true });
    doc.documentElement.append(host);
    markOpenPhase('frame-added');
    removal.observe(doc.documentElement, { childList: true });
    removal.observe(doc, { childList: true });
  });
}

/** 128 random bits as hex; `crypto.randomUUID` needs a secure page, `getRandomValues` does not. */
function oneTimeToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
