/**
 * Cancels, while the reader is open, the page's effects on its root element
 * that would reach the reader in the top layer. Firefox (ESR 153) paints the
 * top layer inside the root element's filter, opacity, clip and mask, so
 * `html { filter: opacity(0) }` or `html { opacity: 0 }` hides an open modal
 * dialog there (Chromium paints the top layer outside them). The reader sets
 * each such property it finds on `<html>` back to its initial value, with an
 * `!important` inline declaration (which beats the page's `!important` rules),
 * and on close gives the page its own inline style back exactly.
 */

/** Each property and the value that means "no effect" (computed and set). */
const ROOT_EFFECTS = [
  ['filter', 'none'],
  ['opacity', '1'],
  ['clip-path', 'none'],
  ['mask-image', 'none'],
] as const;

type RootEffect = (typeof ROOT_EFFECTS)[number][0];

export interface RootEffectsGuard {
  /** Cancels the effects the root has now (called on every overlay check). */
  check(): void;
  /** Gives the page back its inline style as it was. */
  restore(): void;
}

export function guardRootEffects(root: HTMLElement): RootEffectsGuard {
  const win = root.ownerDocument.defaultView;
  const originalAttribute = root.getAttribute('style');
  /** The page's own declarations of the properties set, as they were before the first change. */
  const saved = new Map<RootEffect, { value: string; priority: string }>();
  /** The style attribute as the reader left it: if the page never touched it since, it is put back whole. */
  let leftAs: string | null = null;
  let pageChangedIt = false;
  return {
    check() {
      if (saved.size > 0 && root.getAttribute('style') !== leftAs) pageChangedIt = true;
      const computed = win?.getComputedStyle(root);
      if (!computed) return;
      let changed = false;
      for (const [name, none] of ROOT_EFFECTS) {
        if (computed.getPropertyValue(name) === none || computed.getPropertyValue(name) === '') continue;
        if (!saved.has(name)) saved.set(name, { value: root.style.getPropertyValue(name), priority: root.style.getPropertyPriority(name) });
        root.style.setProperty(name, none, 'important');
        changed = true;
      }
      if (changed) leftAs = root.getAttribute('style');
    },
    restore() {
      if (saved.size === 0) return;
      if (!pageChangedIt && root.getAttribute('style') === leftAs) {
        if (originalAttribute === null) root.removeAttribute('style');
        else root.setAttribute('style', originalAttribute);
      } else {
        // The page changed its inline style meanwhile: keep its changes, undo only the reader's.
        for (const [name, { value, priority }] of saved) {
          if (value === '') root.style.removeProperty(name);
          else root.style.setProperty(name, value, priority);
        }
      }
      saved.clear();
    },
  };
}
