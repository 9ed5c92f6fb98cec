/**
 * The frame's side of the worker: what comes back for each way the worker can end, and that the worker is
 * terminated however it ends (a worker left running on a page nobody waits for is the cost this exists to stop).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadabilityMarkup } from '../../core/readability-markup';
import { startOffThreadReadability, type WorkerLike } from './off-thread-readability';
import type { WorkerPage, WorkerReply } from './readability-worker-messages';

const PAGE = { html: '<!DOCTYPE html><html><body><p>Text</p></body></html>', url: 'https://a.example/x', baseUrl: 'https://a.example/' };
const MARKUP: ReadabilityMarkup = {
  contentHtml: '<div><p>Text</p></div>',
  title: 'Title',
  byline: null,
  dir: null,
  lang: 'en',
  siteName: null,
  excerpt: null,
  publishedTime: null,
};

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: WorkerPage[] = [];
  terminated = false;
  postMessage(message: WorkerPage) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply | unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail(message: string) {
    // Node has no ErrorEvent: an Event with the one field the frame reads.
    this.onerror?.(Object.assign(new Event('error', { cancelable: true }), { message }) as ErrorEvent);
  }
}

function started() {
  const worker = new FakeWorker();
  return { worker, offThread: startOffThreadReadability(() => worker) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Readability off the main thread', () => {
  it("sends the page and returns the worker's article, then ends the worker", async () => {
    const { worker, offThread } = started();
    const reading = offThread.read(PAGE, new AbortController().signal, 10_000);
    expect(worker.posted).toEqual([{ type: 'page', page: PAGE }]);
    worker.reply({ type: 'readability', result: { kind: 'done', markup: MARKUP } });
    await expect(reading).resolves.toEqual({ kind: 'done', readability: MARKUP });
    expect(worker.terminated).toBe(true);
  });

  it('says so when Readability found no article there', async () => {
    const { worker, offThread } = started();
    const reading = offThread.read(PAGE, new AbortController().signal, 10_000);
    worker.reply({ type: 'readability', result: { kind: 'done', markup: null } });
    await expect(reading).resolves.toEqual({ kind: 'done', readability: null });
  });

  it.each([
    ['the worker reports a failure', (worker: FakeWorker) => worker.reply({ type: 'failed', detail: 'TypeError: x is undefined' }), 'TypeError: x is undefined'],
    ['the worker throws', (worker: FakeWorker) => worker.fail('Uncaught Error: boom'), 'the worker failed: Uncaught Error: boom'],
    ['the worker answers something else', (worker: FakeWorker) => worker.reply({ type: 'result', result: {} }), 'the worker answered something else'],
    ['the page is past the limits', (worker: FakeWorker) => worker.reply({ type: 'readability', result: { kind: 'skipped', reason: 'too-large' } }), 'too-large'],
  ])('leaves Readability to the frame when %s', async (_, end, why) => {
    const { worker, offThread } = started();
    const reading = offThread.read(PAGE, new AbortController().signal, 10_000);
    end(worker);
    await expect(reading).resolves.toEqual({ kind: 'here', why });
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker at once when the reader takes the request back', async () => {
    const { worker, offThread } = started();
    const cancel = new AbortController();
    const reading = offThread.read(PAGE, cancel.signal, 10_000);
    cancel.abort();
    await expect(reading).resolves.toEqual({ kind: 'cancelled' });
    expect(worker.terminated).toBe(true);
    // A late answer from a terminated worker changes nothing.
    worker.reply({ type: 'readability', result: { kind: 'done', markup: MARKUP } });
    await expect(reading).resolves.toEqual({ kind: 'cancelled' });
  });

  it('does not start a page already taken back', async () => {
    const { worker, offThread } = started();
    const cancel = new AbortController();
    cancel.abort();
    await expect(offThread.read(PAGE, cancel.signal, 10_000)).resolves.toEqual({ kind: 'cancelled' });
    expect(worker.posted).toEqual([]);
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when the budget is spent', async () => {
    vi.useFakeTimers();
    const { worker, offThread } = started();
    const reading = offThread.read(PAGE, new AbortController().signal, 10_000);
    vi.advanceTimersByTime(9_999);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(reading).resolves.toEqual({ kind: 'spent' });
    expect(worker.terminated).toBe(true);
  });

  it('leaves Readability to the frame where no worker can start, or the worker failed to load', async () => {
    const refused = startOffThreadReadability(() => {
      throw new Error('SecurityError');
    });
    await expect(refused.read(PAGE, new AbortController().signal, 10_000)).resolves.toMatchObject({ kind: 'here', why: expect.stringContaining('SecurityError') });

    const { worker, offThread } = started();
    worker.fail('Uncaught SyntaxError');
    await expect(offThread.read(PAGE, new AbortController().signal, 10_000)).resolves.toEqual({
      kind: 'here',
      why: 'the worker failed to start: Uncaught SyntaxError',
    });
    expect(worker.terminated).toBe(true);
    expect(worker.posted).toEqual([]);
  });

  it('reads one page per worker, and stop() ends a worker that never got one', async () => {
    const { worker, offThread } = started();
    offThread.stop();
    expect(worker.terminated).toBe(true);
    await expect(offThread.read(PAGE, new AbortController().signal, 10_000)).resolves.toMatchObject({ kind: 'here' });
    expect(worker.posted).toEqual([]);
  });
});
