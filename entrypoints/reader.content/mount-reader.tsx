/**
 * Puts the reader shell on the page and takes it off again without a trace:
 * a plain host element holding a shadow root (reader-host.ts), the page scroll
 * locked while open, the overlay watched against a hostile page
 * (overlay-watch.ts), focus returned to where it was on close.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReaderShell, type ReaderShellProps } from '@/components/ReaderShell';
import { READER_CSS } from '@/components/styles/reader-css';
import { lockPageScroll } from './scroll-lock';
import { createReaderHost } from './reader-host';
import { watchOverlay } from './overlay-watch';

export interface MountedReader {
  /** Re-renders the shell with some props changed. */
  update(changes: Partial<ReaderShellProps>): void;
  remove(): void;
}

/** `onGone`: the page removed or hid the reader; the caller closes it (which calls `remove`). */
export function mountReader(ctx: ContentScriptContext, props: ReaderShellProps, onGone: () => void): MountedReader {
  const previousFocus = deepActiveElement(document);
  let currentProps = props;
  const ui = createReaderHost(document, READER_CSS);
  const scrollLock = lockPageScroll(document, window);
  let removed = false;
  let stopWatch = () => undefined as void;
  const remove = () => {
    if (removed) return;
    removed = true;
    stopWatch();
    render(null, ui.container);
    ui.remove();
    scrollLock.release();
    if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
  };
  try {
    render(<ReaderShell {...currentProps} />, ui.container);
  } catch (error) {
    remove();
    throw error;
  }
  stopWatch = watchOverlay({
    doc: document,
    host: ui.host,
    dialog: () => ui.shadow.querySelector<HTMLDialogElement>('dialog.lector-dialog'),
    setZoom: ui.setZoom,
    onGone,
  });
  ctx.onInvalidated(remove);
  return {
    update(changes) {
      currentProps = { ...currentProps, ...changes };
      if (!removed) render(<ReaderShell {...currentProps} />, ui.container);
    },
    remove,
  };
}

/** The focused element, looking inside the page's own (open) shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}
