/** Messages are checked on arrival, whatever sends them. */
import { describe, expect, it } from 'vitest';
import { isExtractRequest, isFramePage, isFrameReply, isRetryMessage } from './protocol';

const page = { html: '<p>x</p>', url: 'https://e.example/a', baseUrl: 'https://e.example/a', isHtml: true };

describe('extraction frame messages', () => {
  it('accepts a well-formed request and refuses anything else', () => {
    const token = '0f'.repeat(16);
    expect(isExtractRequest({ type: 'lector:extract', token })).toBe(true);
    expect(isExtractRequest({ type: 'lector:extract' })).toBe(false);
    expect(isExtractRequest({ type: 'lector:extract', token: 7 })).toBe(false);
    expect(isExtractRequest({ type: 'other', token })).toBe(false);
    expect(isExtractRequest('lector:extract')).toBe(false);
    expect(isExtractRequest(null)).toBe(false);
  });

  it('accepts a well-formed page and refuses anything else', () => {
    expect(isFramePage({ type: 'page', page })).toBe(true);
    expect(isFramePage({ type: 'page', page: { ...page, isHtml: 'yes' } })).toBe(false);
    expect(isFramePage({ type: 'page', page: { ...page, html: 42 } })).toBe(false);
    expect(isFramePage({ type: 'page', page: { ...page, url: undefined } })).toBe(false);
    expect(isFramePage({ type: 'page' })).toBe(false);
    expect(isFramePage({ type: 'lector:extract', page })).toBe(false);
    expect(isFramePage(null)).toBe(false);
  });

  it('accepts "started" and a result that is an article or a no-article, nothing else', () => {
    expect(isFrameReply({ type: 'started' })).toBe(true);
    expect(isFrameReply({ type: 'result', result: { kind: 'no-article', code: 'empty' } })).toBe(true);
    expect(isFrameReply({ type: 'result', result: { kind: 'article' } })).toBe(true);
    expect(isFrameReply({ type: 'result', result: { kind: 'script' } })).toBe(false);
    expect(isFrameReply({ type: 'result' })).toBe(false);
    expect(isFrameReply({ type: 'done' })).toBe(false);
    expect(isFrameReply(undefined)).toBe(false);
  });
});

describe('isRetryMessage', () => {
  it('accepts only a well-formed retry', () => {
    expect(isRetryMessage({ type: 'lector:retry', tabId: 4 })).toBe(true);
    expect(isRetryMessage({ type: 'lector:retry', tabId: '4' })).toBe(false);
    expect(isRetryMessage({ type: 'lector:retry', tabId: 1.5 })).toBe(false);
    expect(isRetryMessage({ type: 'other', tabId: 4 })).toBe(false);
    expect(isRetryMessage(null)).toBe(false);
  });
});
