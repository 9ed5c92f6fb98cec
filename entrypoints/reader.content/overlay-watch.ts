/**
 * Keeps the open reader on top and full size whatever the page does next, and
 * closes it cleanly when the page takes it away:
 * - the host removed or moved (into a hidden element, say): closes;
 * - the reader hidden (`html { display: none }`, `content-visibility` on the
 *   root): closes, rather than stay open at 0 × 0 with the page's scroll
 *   locked and every key swallowed;
 * - `html { zoom: .2 }`, then or later: the host's own zoom cancels it;
 * - a filter, opacity, clip or mask on `<html>`, which Firefox applies to the
 *   top layer too: cancelled while the reader is open (root-effects.ts), the
 *   page's inline style given back exactly on close;
 * - a page dialog or popover opened later (a fake password prompt over the
 *   reader): the reader's modal dialog is shown again, on top of it.
 * Changes made through the CSSOM leave no mutation to observe, hence the
 * check on an interval as well (timers are throttled in background tabs, where nobody sees the reader anyway).
 */
import { guardRootEffects } from './root-effects';

export interface OverlayWatchOptions {
  doc: Document;
  host: HTMLElement;
  /** The reader's modal <dialog>, inside the host's shadow root. */
  dialog(): HTMLDialogElement | null;
  setZoom(factor: number): void;
  /** The page took the reader away; `reason` is for tests and logs. */
  onGone(reason: 'removed' | 'hidden' | 'contested'): void;
  checkEveryMs?: number;
}

/** A page that reopens its dialog this many times within RAISE_WINDOW_MS is fighting: the reader gives way and closes. */
const MAX_RAISES = 20;
const RAISE_WINDOW_MS = 2_000;

export function watchOverlay(options: OverlayWatchOptions): () => void {
  const { doc, host } = options;
  const win = doc.defaultView;
  let stopped = false;
  let zoom = 1;
  const raises: number[] = [];
  const rootEffects = guardRootEffects(doc.documentElement as HTMLElement);

  const gone = (reason: 'removed' | 'hidden' | 'contested') => {
    if (stopped) return;
    stop();
    options.onGone(reason);
  };

  const check = () => {
    if (stopped) return;
    if (!host.isConnected || host.parentNode !== doc.documentElement) return gone('removed');
    const dialog = options.dialog();
    if (!dialog) return;
    rootEffects.check();
    if (!dialog.checkVisibility() || doc.documentElement.inert || host.inert) return gone('hidden');
    // Firefox rounds zoom to 1/64ths: a few rounds converge on 1.
    for (let round = 0; round < 3; round++) {
      const effective = dialog.currentCSSZoom ?? 1;
      if (Math.abs(effective - 1) < 0.01) break;
      zoom = zoom / effective;
      options.setZoom(zoom);
    }
  };

  /** Shows the reader's modal dialog again, so it is the top of the top layer and the page's dialog is inert. */
  const raise = () => {
    const dialog = options.dialog();
    if (stopped || !dialog?.open) return;
    const now = Date.now();
    raises.push(now);
    while (raises.length > 0 && raises[0]! < now - RAISE_WINDOW_MS) raises.shift();
    if (raises.length > MAX_RAISES) return gone('contested');
    const root = dialog.getRootNode() as ShadowRoot | Document;
    const focused = root.activeElement as HTMLElement | null;
    dialog.close();
    dialog.showModal();
    if (focused?.isConnected && focused !== dialog) focused.focus({ preventScroll: true });
  };

  const isOurs = (node: EventTarget | null) => node instanceof Node && (node === host || host.contains(node));

  const mutations = new MutationObserver((records) => {
    let opened = false;
    for (const record of records) {
      if (record.type === 'attributes' && record.target !== host && (record.target as Element).hasAttribute('open')) {
        opened ||= (record.target as Element).localName === 'dialog';
      }
    }
    check();
    if (opened) raise();
  });
  // A class or inline style on the root may bring a filter or opacity with it.
  mutations.observe(doc.documentElement, { childList: true, attributes: true, attributeFilter: ['class', 'style'] });
  mutations.observe(host, { attributes: true });
  mutations.observe(doc, { subtree: true, attributes: true, attributeFilter: ['open', 'inert', 'hidden', 'popover'] });

  // Popovers (and, in recent browsers, dialogs) announce opening with a `toggle` that does not bubble: heard in capture.
  const onToggle = (event: Event) => {
    if (!isOurs(event.target) && (event as ToggleEvent).newState === 'open') raise();
  };
  // Focus leaving for the page (a page dialog took it) puts the reader back on top.
  const onFocusIn = (event: Event) => {
    if (!isOurs(event.target)) raise();
  };
  win?.addEventListener('toggle', onToggle, true);
  win?.addEventListener('focusin', onFocusIn, true);
  const resize = new ResizeObserver(check);
  const dialog = options.dialog();
  if (dialog) resize.observe(dialog);
  const timer = win?.setInterval(check, options.checkEveryMs ?? 250);
  check();

  function stop() {
    if (stopped) return;
    stopped = true;
    mutations.disconnect();
    resize.disconnect();
    win?.removeEventListener('toggle', onToggle, true);
    win?.removeEventListener('focusin', onFocusIn, true);
    if (timer !== undefined) win?.clearInterval(timer);
    rootEffects.restore();
  }
  return stop;
}
