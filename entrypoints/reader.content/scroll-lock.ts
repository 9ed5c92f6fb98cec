/**
 * Stops the page behind the reader from scrolling, and puts everything back
 * exactly as it was: the same `style` attribute string (or none) on <html> and
 * <body>, and the same scroll offset.
 */
export interface ScrollLock {
  release(): void;
}

export function lockPageScroll(doc: Document, win: Window): ScrollLock {
  const elements = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el !== null);
  const saved = elements.map((el) => ({ el, style: el.getAttribute('style') }));
  const { scrollX, scrollY } = win;
  // Both: some sites scroll <body> (html,body{height:100%} body{overflow:auto}).
  // The attribute string is written, not `el.style`: after a CSSOM change Chromium
  // may re-serialize an empty `style=""` even once the attribute is removed.
  for (const { el, style } of saved) el.setAttribute('style', withOverflowHidden(style));
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      for (const { el, style } of saved) {
        if (style === null) el.removeAttribute('style');
        else el.setAttribute('style', style);
      }
      win.scrollTo(scrollX, scrollY);
    },
  };
}

function withOverflowHidden(style: string | null): string {
  const existing = style?.trim().replace(/;*$/, '') ?? '';
  return `${existing ? `${existing}; ` : ''}overflow: hidden !important;`;
}
