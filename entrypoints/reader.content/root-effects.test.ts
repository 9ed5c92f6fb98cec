// @vitest-environment jsdom
/**
 * The root's filter, opacity, clip and mask are cancelled while the reader is open, and the page's own inline
 * style comes back exactly: absent, as it was, or with the page's later changes kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { guardRootEffects } from './root-effects';

const root = () => document.documentElement;

function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

afterEach(() => {
  document.head.replaceChildren();
  root().removeAttribute('style');
});

describe('guardRootEffects', () => {
  it('cancels a filter and an opacity the page put on <html>, and removes the style attribute it added on restore', () => {
    pageStyle('html { filter: opacity(0) !important; opacity: 0.05 !important; }');
    const guard = guardRootEffects(root());
    guard.check();
    expect(getComputedStyle(root()).filter).toBe('none');
    expect(getComputedStyle(root()).opacity).toBe('1');
    expect(root().style.getPropertyPriority('filter')).toBe('important');
    guard.restore();
    expect(root().hasAttribute('style')).toBe(false);
  });

  it('leaves a root without such effects untouched', () => {
    root().setAttribute('style', 'color: red');
    const guard = guardRootEffects(root());
    guard.check();
    expect(root().getAttribute('style')).toBe('color: red');
    guard.restore();
    expect(root().getAttribute('style')).toBe('color: red');
  });

  it("gives the page's own inline style back exactly, text and all", () => {
    const original = 'color:  red;filter:blur(4px) ;  --x: 1';
    root().setAttribute('style', original);
    const guard = guardRootEffects(root());
    guard.check();
    expect(root().style.getPropertyValue('filter')).toBe('none');
    guard.restore();
    expect(root().getAttribute('style')).toBe(original);
  });

  it('keeps what the page changed in its inline style meanwhile, undoing only its own declarations', () => {
    root().setAttribute('style', 'opacity: 0.1');
    const guard = guardRootEffects(root());
    guard.check();
    root().style.setProperty('color', 'blue');
    // The page fights back: the next check cancels the effect again.
    pageStyle('html { filter: blur(9px) }');
    guard.check();
    expect(root().style.getPropertyValue('filter')).toBe('none');
    guard.restore();
    expect(root().style.getPropertyValue('opacity')).toBe('0.1');
    expect(root().style.getPropertyValue('color')).toBe('blue');
    expect(root().style.getPropertyValue('filter')).toBe('');
  });
});
