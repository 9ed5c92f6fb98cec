/**
 * The element the reader lives in, made so a page can neither pre-define it
 * nor see into it:
 * - a plain `span` (a built-in: no custom-element definition of the page's can
 *   upgrade it, attach a shadow root first or disable `shadow`; not a `div`,
 *   which is what the extraction frame's short-lived host is);
 * - a closed shadow root in the store build, so page script cannot reach the
 *   reader's controls (the e2e build keeps it open and marks the host, so tests
 *   can look inside: docs/decisions/2026-11-25-e2e-build.md);
 * - a child of `<html>`, after `<body>`: `body { display: none }` or
 *   `content-visibility` on the body cannot hide it.
 * The reader's own <dialog> inside is modal, so it is in the top layer.
 */
import { dropUntrustedEvents } from '@/components/reader/trusted-events';

/** `wxt build --mode e2e` only (the e2e build's third difference). */
const E2E_BUILD = import.meta.env.MODE === 'e2e';

export const READER_SHADOW_MODE: ShadowRootMode = E2E_BUILD ? 'open' : 'closed';

/** The attribute e2e tests find the host by; store builds set none. */
export const E2E_HOST_ATTRIBUTE = 'data-lector-e2e-host';

/**
 * Inside the shadow tree, an `!important` rule for `:host` beats the page's
 * `!important` rules for the host: nothing the page's CSS says reaches it.
 */
const HOST_RESET = ':host { all: initial !important; display: block !important; }';

export interface ReaderHost {
  host: HTMLSpanElement;
  shadow: ShadowRoot;
  /** Where Preact renders the shell. */
  container: HTMLDivElement;
  /** Sets the host's own zoom (to cancel a page's `html { zoom }`); 1 removes it. */
  setZoom(factor: number): void;
  remove(): void;
}

export function createReaderHost(doc: Document, css: string): ReaderHost {
  const host = doc.createElement('span');
  if (E2E_BUILD) host.setAttribute(E2E_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: READER_SHADOW_MODE });
  const reset = doc.createElement('style');
  reset.textContent = HOST_RESET;
  const style = doc.createElement('style');
  style.textContent = css;
  const zoom = doc.createElement('style');
  const container = doc.createElement('div');
  shadow.append(reset, style, zoom, container);
  const undoTrusted = dropUntrustedEvents(shadow);
  // Keys typed in the reader do not bubble out to the page's listeners (see also keyboard-guard.ts).
  const isolate = (event: Event) => event.stopPropagation();
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, isolate);
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    container,
    setZoom(factor) {
      zoom.textContent = factor === 1 ? '' : `:host { zoom: ${factor} !important; }`;
    },
    remove() {
      undoTrusted();
      host.remove();
    },
  };
}
