/**
 * Only the user acts on the reader. A page can dispatch any event it likes at
 * the reader's elements (or at `window`, where the keyboard guard listens);
 * such events have `isTrusted` false. One capture-phase listener on the
 * reader's shadow root stops them before any of the reader's own handlers
 * (Preact's, on the elements below) can run, so a page cannot click a button,
 * change a setting or press a reader key on the user's behalf.
 *
 * The reader itself replays a default the page prevented (keyboard-guard.ts
 * clicks the focused button when the page swallowed Enter); that one untrusted
 * click goes through `asReader`, a flag only this module's world can set.
 */

/** Every event type by which a user acts on a control or a setting. */
export const USER_EVENT_TYPES: readonly string[] = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
  'toggle', 'wheel', 'dragstart', 'drop', 'paste', 'cut', 'copy', 'select', 'selectionchange',
];

let readerDispatching = 0;

/** Runs `dispatch` (the reader's own synthetic event) with the guard letting it through. */
export function asReader(dispatch: () => void): void {
  readerDispatching++;
  try {
    dispatch();
  } finally {
    readerDispatching--;
  }
}

/** Whether the reader should act on `event`: the user's own, or one the reader dispatched itself. */
export function isUserEvent(event: Event): boolean {
  return event.isTrusted || readerDispatching > 0;
}

/** Stops every untrusted user event at `root` (the reader's shadow root) in the capture phase; returns the undo. */
export function dropUntrustedEvents(root: EventTarget, types: readonly string[] = USER_EVENT_TYPES): () => void {
  const drop = (event: Event) => {
    if (isUserEvent(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of types) root.addEventListener(type, drop, true);
  return () => {
    for (const type of types) root.removeEventListener(type, drop, true);
  };
}
