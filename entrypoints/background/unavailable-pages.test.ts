import { describe, expect, it } from 'vitest';
import { classifyUnavailable } from './unavailable-pages';

describe('classifyUnavailable', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['moz-extension://abc/page.html', 'browser-page'],
    ['view-source:https://n.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://papers.example/report.pdf', 'pdf'],
    ['https://papers.example/report.PDF?download=1', 'pdf'],
    ['file:///home/me/notes.html', 'file-access'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['https://n.example/story', 'other'],
  ] as const)('%s → %s', (url, reason) => {
    expect(classifyUnavailable(url, new Error('Cannot access contents of the page.'))).toBe(reason);
  });

  it('falls back on the browser error when the URL is hidden', () => {
    expect(classifyUnavailable(undefined, new Error('Cannot access a chrome:// URL'))).toBe('browser-page');
    expect(classifyUnavailable(undefined, new Error('The extensions gallery cannot be scripted.'))).toBe('store');
    expect(classifyUnavailable(undefined, 'weird')).toBe('other');
    expect(classifyUnavailable(undefined, undefined)).toBe('other');
  });
});
