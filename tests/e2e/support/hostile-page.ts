/**
 * What a hostile page's own script does to an open reader, shared by the
 * Chromium and Firefox tests. Each function runs in the page (passed to
 * `page.evaluate`, so it is self-contained), with the page's powers only: it
 * finds the host by the e2e build's marker and looks into its shadow root,
 * which the e2e build leaves open (the store build's is closed, so a real
 * page cannot even get this far).
 */

/** What the page can see of the reader, in one round trip. */
export interface ReaderSnapshot {
  hosts: number;
  open: boolean;
  box: { width: number; height: number } | null;
  play: string | null;
  position: string;
  /** The reader's host is what a click in the middle of the window hits. */
  onTop: boolean;
  /** Focus is inside the reader. */
  focused: boolean;
  htmlStyle: string | null;
}

export function readerSnapshot(): ReaderSnapshot {
  const host = document.querySelector('[data-lector-e2e-host]');
  const root = host?.shadowRoot;
  const dialog = root?.querySelector<HTMLDialogElement>('dialog.lector-dialog') ?? null;
  const rect = dialog?.getBoundingClientRect();
  return {
    hosts: document.querySelectorAll('[data-lector-e2e-host]').length,
    open: dialog?.open ?? false,
    box: rect ? { width: Math.round(rect.width), height: Math.round(rect.height) } : null,
    play: root?.querySelector<HTMLElement>('.lector-play')?.innerText.trim() ?? null,
    position: root?.querySelector<HTMLElement>('.lector-progress')?.innerText ?? '',
    onTop: host !== null && host !== undefined && document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host,
    focused: host !== null && host !== undefined && document.activeElement === host && root?.activeElement !== null,
    htmlStyle: document.documentElement.getAttribute('style'),
  };
}

/**
 * Drives every control of the reader with synthetic events: clicks every
 * button, summary, radio and checkbox, sets every range and select to its
 * extreme and fires input/change, and presses the reader's keys (k, Space,
 * Escape, +, arrows) at window, document, the dialog and the focused element;
 * then a synthetic pagehide. Returns how many events it dispatched, and how
 * many setting controls it found (so a test knows the attack reached them).
 */
export function driveReaderWithSyntheticEvents(): { sent: number; ranges: number; selects: number; choices: number } {
  const host = document.querySelector('[data-lector-e2e-host]');
  const root = host?.shadowRoot;
  if (!root) throw new Error('no reader to attack');
  let sent = 0;
  let ranges = 0;
  let selects = 0;
  let choices = 0;
  const fire = (target: EventTarget, event: Event) => {
    target.dispatchEvent(event);
    sent++;
  };
  const controls = [...root.querySelectorAll<HTMLElement>('button, summary, input, select, a[href]')];
  for (const control of controls) {
    if (control instanceof HTMLInputElement && control.type === 'range') {
      ranges++;
      control.value = control.max || '100';
      fire(control, new Event('input', { bubbles: true, composed: true }));
      fire(control, new Event('change', { bubbles: true, composed: true }));
    } else if (control instanceof HTMLSelectElement) {
      selects++;
      control.selectedIndex = control.options.length - 1;
      fire(control, new Event('input', { bubbles: true, composed: true }));
      fire(control, new Event('change', { bubbles: true, composed: true }));
    } else if (!(control instanceof HTMLAnchorElement)) {
      if (control instanceof HTMLInputElement) choices++;
      control.click();
      sent++;
      fire(control, new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    }
  }
  const dialog = root.querySelector('dialog');
  const targets: EventTarget[] = [window, document, host, ...(dialog ? [dialog] : []), ...(root.activeElement ? [root.activeElement] : [])];
  for (const key of ['k', ' ', '+', 'ArrowRight', 'h', 'Escape']) {
    for (const target of targets) {
      for (const type of ['keydown', 'keyup']) {
        fire(target, new KeyboardEvent(type, { key, code: key === ' ' ? 'Space' : `Key${key.toUpperCase()}`, bubbles: true, composed: true, cancelable: true }));
      }
    }
  }
  fire(window, new PageTransitionEvent('pagehide', { persisted: false }));
  return { sent, ranges, selects, choices };
}

/** A custom element with the name the reader's host once had, which takes the shadow root first and disables shadows. */
export function predefineReaderElements(): string[] {
  const names = ['lector-reader', 'lector-host', 'lector-overlay'];
  for (const name of names) {
    customElements.define(
      name,
      class extends HTMLElement {
        static disabledFeatures = ['shadow'];
        constructor() {
          super();
          throw new Error('page says no');
        }
      },
    );
  }
  // And a page that patches attachShadow for good measure: the reader's world does not see the patch.
  Element.prototype.attachShadow = function () {
    throw new Error('page says no');
  };
  return names.filter((name) => customElements.get(name) !== undefined);
}

/** Adds page CSS (a `<style>` at the end of <head>) and returns once it applies. */
export function addPageStyle(css: string): void {
  const style = document.createElement('style');
  style.setAttribute('data-hostile', '');
  style.textContent = css;
  document.head.append(style);
}

export function removePageStyles(): void {
  for (const style of document.querySelectorAll('style[data-hostile]')) style.remove();
}

/** A fake password prompt, opened modal over whatever is on screen (the page's own later showModal()). */
export function showFakePrompt(): boolean {
  const dialog = document.createElement('dialog');
  dialog.id = 'fake-prompt';
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.id = 'fake-password';
  input.type = 'password';
  label.append('Password ', input);
  dialog.append(label);
  dialog.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;z-index:2147483647';
  document.body.append(dialog);
  dialog.showModal();
  return dialog.open;
}

/** What the page's fake prompt caught. */
export function fakePromptValue(): string | null {
  return (document.getElementById('fake-password') as HTMLInputElement | null)?.value ?? null;
}

/** The page takes the host away: removes it, or moves it into a hidden element of its own. */
export function takeHostAway(how: 'remove' | 'hide-in'): boolean {
  const host = document.querySelector('[data-lector-e2e-host]');
  if (!host) return false;
  if (how === 'remove') host.remove();
  else {
    const box = document.createElement('div');
    box.hidden = true;
    box.id = 'hiding-place';
    document.body.append(box);
    box.append(host);
  }
  return true;
}

/** What of the root element's effects that Firefox paints the top layer inside is in force now. */
export function rootEffects(): { filter: string; opacity: string } {
  const style = getComputedStyle(document.documentElement);
  return { filter: style.filter, opacity: style.opacity };
}
