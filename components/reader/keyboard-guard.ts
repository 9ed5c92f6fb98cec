/**
 * The reader's keyboard, safe from the page. Listens on the page's window in
 * the capture phase, the earliest point our code can hear a key: a page
 * listener on `document` (or bubbling anywhere) that swallows keys runs after
 * this one and never sees the reader's keys. A page listener registered on
 * `window` before the reader opened still runs first; if it calls
 * `preventDefault`, the defaults the reader relies on (Tab, Enter and Space on
 * buttons) are done here instead. Only `stopImmediatePropagation` on window,
 * which no listener of ours can outrun, still wins. Keys a page dispatches
 * itself are ignored (trusted-events.ts).
 */
import { commandForKey, focusRoleOf, type ReaderCommand } from './key-commands';
import { asReader, isUserEvent } from './trusted-events';

export interface KeyboardGuardOptions {
  window: Window;
  /** The reader dialog; its shadow root tells which element has focus. */
  dialog: HTMLElement;
  /** Runs a command; called only for keys that mean one. */
  run(command: ReaderCommand): void;
  /** Whether a dialog inside the reader (the shortcut help) is open: then only Escape acts. */
  innerDialogOpen(): boolean;
  /** A key that scrolls the article was pressed (auto-scroll stops following). */
  onScrollKey(): void;
}

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export function guardReaderKeys(options: KeyboardGuardOptions): () => void {
  const { window: win, dialog } = options;
  const onKeyDown = (event: KeyboardEvent) => {
    // A key the page dispatched (`isTrusted` false) is not the user's: it must not play, close or change anything.
    if (!dialog.isConnected || event.isComposing || !isUserEvent(event)) return;
    const focused = activeElementIn(dialog);
    const role = focusRoleOf(focused);
    const command = commandForKey(event, role);
    event.stopImmediatePropagation();
    if (command && (command.kind === 'close' || !options.innerDialogOpen())) {
      event.preventDefault();
      options.run(command);
      return;
    }
    if (SCROLL_KEYS.has(event.key) && role !== 'text' && role !== 'adjustable') options.onScrollKey();
    if (event.defaultPrevented) doDefault(event, dialog, focused);
  };
  // The page hears none of the reader's key presses, whichever phase it listens in.
  const isolate = (event: Event) => {
    if (dialog.isConnected) event.stopImmediatePropagation();
  };
  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('keyup', isolate, true);
  win.addEventListener('keypress', isolate, true);
  return () => {
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('keyup', isolate, true);
    win.removeEventListener('keypress', isolate, true);
  };
}

/** The focused element inside the dialog's shadow root (or the dialog's document). */
export function activeElementIn(dialog: HTMLElement): Element | null {
  const root = dialog.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** What the browser would have done had the page not called preventDefault. */
function doDefault(event: KeyboardEvent, dialog: HTMLElement, focused: Element | null): void {
  if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
    moveFocus(dialog, focused, event.shiftKey ? -1 : 1);
  } else if ((event.key === 'Enter' || event.key === ' ') && focusRoleOf(focused) === 'pressable') {
    asReader(() => (focused as HTMLElement).click());
  }
}

function moveFocus(dialog: HTMLElement, from: Element | null, step: 1 | -1): void {
  const scope = innermostOpenDialog(dialog);
  const candidates = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isShown);
  if (candidates.length === 0) return;
  const index = from ? candidates.indexOf(from as HTMLElement) : -1;
  const next = index === -1 ? (step === 1 ? 0 : candidates.length - 1) : (index + step + candidates.length) % candidates.length;
  candidates[next]?.focus();
}

function innermostOpenDialog(dialog: HTMLElement): HTMLElement {
  const inner = dialog.querySelector<HTMLElement>('dialog[open]');
  return inner ?? dialog;
}

function isShown(element: HTMLElement): boolean {
  if (element.closest('[hidden], [inert]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}
