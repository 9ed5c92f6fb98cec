// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { lockPageScroll } from './scroll-lock';

describe('lockPageScroll', () => {
  it('locks html and body, then restores their style attributes exactly', () => {
    document.documentElement.removeAttribute('style');
    document.body.setAttribute('style', 'color: red;;');
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const lock = lockPageScroll(document, window);
    expect(document.documentElement.getAttribute('style')).toBe('overflow: hidden !important;');
    expect(document.body.getAttribute('style')).toBe('color: red; overflow: hidden !important;');
    lock.release();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(document.body.getAttribute('style')).toBe('color: red;;');
    expect(scrollTo).toHaveBeenCalledTimes(1);
    lock.release();
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });
});
