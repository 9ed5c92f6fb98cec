// @vitest-environment jsdom
/**
 * The reader's announcements outside its live region go through
 * document.ariaNotify, politely, and are skipped where the browser lacks it;
 * "Reading the page…" only when opening is slow.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, announceIfSlow, SLOW_OPENING_MS } from './announcements';

type Notifying = Document & { ariaNotify?: unknown };

function recordAnnouncements(): unknown[][] {
  const calls: unknown[][] = [];
  (document as Notifying).ariaNotify = function (this: unknown, ...args: unknown[]) {
    calls.push([this === document, ...args]);
  };
  return calls;
}

afterEach(() => {
  delete (document as Notifying).ariaNotify;
  vi.useRealTimers();
});

describe('announcing outside the reader', () => {
  it('asks the browser to say it, with normal priority, on the document', () => {
    const calls = recordAnnouncements();
    expect(announce(document, 'Reader closed')).toBe(true);
    expect(calls).toEqual([[true, 'Reader closed', { priority: 'normal' }]]);
  });

  it('does nothing, and does not throw, where the browser has no ariaNotify or refuses it', () => {
    expect(announce(document, 'Reader closed')).toBe(false);
    (document as Notifying).ariaNotify = () => {
      throw new TypeError('Illegal invocation');
    };
    expect(announce(document, 'Reader closed')).toBe(false);
  });

  it('says "Reading the page…" only when opening takes longer than the delay', () => {
    vi.useFakeTimers();
    const calls = recordAnnouncements();
    const fast = announceIfSlow(document, () => 'Reading the page…');
    vi.advanceTimersByTime(SLOW_OPENING_MS - 1);
    fast();
    vi.advanceTimersByTime(SLOW_OPENING_MS * 4);
    expect(calls).toEqual([]);

    announceIfSlow(document, () => 'Reading the page…');
    vi.advanceTimersByTime(SLOW_OPENING_MS);
    expect(calls).toEqual([[true, 'Reading the page…', { priority: 'normal' }]]);
  });
});
