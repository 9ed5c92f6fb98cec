/**
 * Puts the reader shell on the page and takes it off again without a trace:
 * a `<lector-reader>` host holding a shadow root, the page scroll locked while
 * open, focus returned to where it was on close.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ReaderShell, type ReaderShellProps } from '@/components/ReaderShell';
import { READER_CSS } from '@/components/styles/reader-css';
import { lockPageScroll } from './scroll-lock';

export const READER_HOST_NAME = 'lector-reader';

export interface MountedReader {
  /** Re-renders the shell with some props changed. */
  update(changes: Partial<ReaderShellProps>): void;
  remove(): void;
}

export async function mountReader(ctx: ContentScriptContext, props: ReaderShellProps): Promise<MountedReader> {
  const previousFocus = deepActiveElement(document);
  let currentProps = props;
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: READER_HOST_NAME,
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    mode: 'open',
    css: READER_CSS,
    // Keys typed in the reader must not reach the page's own shortcuts (see also keyboard-guard.ts).
    isolateEvents: true,
    onMount: (uiContainer) => {
      container = uiContainer;
      render(<ReaderShell {...currentProps} />, uiContainer);
      return uiContainer;
    },
    onRemove: (uiContainer) => {
      if (uiContainer) render(null, uiContainer);
      container = undefined;
    },
  });
  const scrollLock = lockPageScroll(document, window);
  try {
    ui.mount();
  } catch (error) {
    scrollLock.release();
    throw error;
  }
  let removed = false;
  return {
    update(changes) {
      currentProps = { ...currentProps, ...changes };
      if (container && !removed) render(<ReaderShell {...currentProps} />, container);
    },
    remove() {
      if (removed) return;
      removed = true;
      ui.remove();
      scrollLock.release();
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
}

/** The focused element, looking inside the page's own (open) shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}
