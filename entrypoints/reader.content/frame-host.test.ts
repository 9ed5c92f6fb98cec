// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isFrameHost, markFrameHost } from './frame-host';

describe('frame hosts', () => {
  it('knows the elements it marked, by identity: a copy or a look-alike is not one', () => {
    const host = markFrameHost(document.createElement('div'));
    expect(isFrameHost(host)).toBe(true);
    expect(isFrameHost(host.cloneNode(true))).toBe(false);
    expect(isFrameHost(document.createElement('div'))).toBe(false);
  });
});
