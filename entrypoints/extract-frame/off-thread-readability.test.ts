/**
 * The frame's side of the worker: what comes back for each way the worker can end, and that the worker is
 * terminated however it ends (a worker left running on a page nobody waits for is the cost this exists to stop).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadabilityMarkup } from '../../core/readability-markup';
import { readOffThread, type WorkerLike } from './off-thread-readability';
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

/** A read with a worker it starts (budget 10 s), and that worker. */
function reading(cancelled = new AbortController().signal) {
  const worker = new FakeWorker();
  return { worker, read: readOffThread(() => worker, PAGE, cancelled, 10_000) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Readability off the main thread', () => {
  it("sends the page and returns the worker's article, then ends the worker", async () => {
    const { worker, read } = reading();
    expect(worker.posted).toEqual([{ type: 'page', page: PAGE }]);
    worker.reply({ type: 'readability', result: { kind: 'done', markup: MARKUP } });
    await expect(read).resolves.toEqual({ kind: 'done', readability: MARKUP });
    expect(worker.terminated).toBe(true);
  });

  it('says so when Readability found no article there', async () => {
    const { worker, read } = reading();
    worker.reply({ type: 'readability', result: { kind: 'done', markup: null } });
    await expect(read).resolves.toEqual({ kind: 'done', readability: null });
  });

  it.each([
    ['the worker reports a failure', (worker: FakeWorker) => worker.reply({ type: 'failed', detail: 'TypeError: x is undefined' }), 'TypeError: x is undefined'],
    ['the worker throws', (worker: FakeWorker) => worker.fail('Uncaught Error: boom'), 'the worker failed: Uncaught Error: boom'],
    ['the worker answers something else', (worker: FakeWorker) => worker.reply({ type: 'result', result: {} }), 'the worker answered something else'],
    ['the page is past the limits', (worker: FakeWorker) => worker.reply({ type: 'readability', result: { kind: 'skipped', reason: 'too-large' } }), 'too-large'],
  ])('leaves Readability to the frame when %s', async (_, end, why) => {
    const { worker, read } = reading();
    end(worker);
    await expect(read).resolves.toEqual({ kind: 'here', why });
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker at once when the reader takes the request back', async () => {
    const cancel = new AbortController();
    const { worker, read } = reading(cancel.signal);
    cancel.abort();
    await expect(read).resolves.toEqual({ kind: 'cancelled' });
    expect(worker.terminated).toBe(true);
    // A late answer from a terminated worker changes nothing.
    worker.reply({ type: 'readability', result: { kind: 'done', markup: MARKUP } });
    await expect(read).resolves.toEqual({ kind: 'cancelled' });
  });

  it('starts no worker for a page already taken back', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const create = vi.fn(() => new FakeWorker());
    await expect(readOffThread(create, PAGE, cancel.signal, 10_000)).resolves.toEqual({ kind: 'cancelled' });
    expect(create).not.toHaveBeenCalled();
  });

  it('terminates the worker when the budget is spent', async () => {
    vi.useFakeTimers();
    const { worker, read } = reading();
    vi.advanceTimersByTime(9_999);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(read).resolves.toEqual({ kind: 'spent' });
    expect(worker.terminated).toBe(true);
  });

  it('leaves Readability to the frame where no worker can start', async () => {
    const refused = readOffThread(
      () => {
        throw new Error('SecurityError');
      },
      PAGE,
      new AbortController().signal,
      10_000,
    );
    await expect(refused).resolves.toMatchObject({ kind: 'here', why: expect.stringContaining('SecurityError') });
  });
});
