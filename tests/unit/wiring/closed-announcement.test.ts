// @vitest-environment jsdom
/** "Reader closed" goes through document.ariaNotify, politely, and is skipped where the browser lacks it. */
import { afterEach, describe, expect, it } from 'vitest';
import { announceReaderClosed } from '../../../entrypoints/reader.content/closed-announcement';

type Notifying = Document & { ariaNotify?: unknown };

afterEach(() => {
  delete (document as Notifying).ariaNotify;
});

describe('announcing that the reader closed', () => {
  it('asks the browser to say it, with normal priority, on the document', () => {
    const calls: unknown[][] = [];
    (document as Notifying).ariaNotify = function (this: unknown, ...args: unknown[]) {
      calls.push([this === document, ...args]);
    };
    expect(announceReaderClosed(document, 'Reader closed')).toBe(true);
    expect(calls).toEqual([[true, 'Reader closed', { priority: 'normal' }]]);
  });

  it('does nothing, and does not throw, where the browser has no ariaNotify or refuses it', () => {
    expect(announceReaderClosed(document, 'Reader closed')).toBe(false);
    (document as Notifying).ariaNotify = () => {
      throw new TypeError('Illegal invocation');
    };
    expect(announceReaderClosed(document, 'Reader closed')).toBe(false);
  });
});
