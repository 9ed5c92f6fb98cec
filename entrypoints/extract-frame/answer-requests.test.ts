/**
 * The extraction frame answers only the request that carries the token from
 * its own address, only once, and always: `started`, then a result even when
 * extraction throws.
 */
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../core/model';
import { answerRequests } from './answer-requests';

const TOKEN = 'a1'.repeat(16);
const page = { html: '<p>x</p>', url: 'https://e.example/a', baseUrl: 'https://e.example/a', isHtml: true };
const article: ExtractResult = { kind: 'no-article', code: 'no-content' };

/**
 * Sends one request the way the reader does, and the page once the frame says `started`; resolves to the
 * replies seen within a short wait.
 */
async function request(handle: (event: MessageEvent<unknown>) => void, data: unknown): Promise<unknown[]> {
  const channel = new MessageChannel();
  const replies: unknown[] = [];
  channel.port1.on('message', (reply) => {
    replies.push(reply);
    if ((reply as { type?: string }).type === 'started') channel.port1.postMessage({ type: 'page', page });
  });
  handle({ data, ports: [channel.port2] } as unknown as MessageEvent<unknown>);
  // Until the result (sent once the extraction's promise settles), or a while for a request that gets none.
  for (let waited = 0; waited < 300 && !replies.some((reply) => (reply as { type?: string }).type === 'result'); waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
  channel.port1.close();
  return replies;
}

describe('the extraction frame', () => {
  it('answers the request with its token: started, then the result', async () => {
    const pages: unknown[] = [];
    const handle = answerRequests(TOKEN, (p) => (pages.push(p), article));
    expect(await request(handle, { type: 'lector:extract', token: TOKEN })).toEqual([
      { type: 'started' },
      { type: 'result', result: article },
    ]);
    expect(pages).toEqual([page]);
  });

  it('ignores requests without the token or with another, and everything after its one answer', async () => {
    let extractions = 0;
    const handle = answerRequests(TOKEN, () => (extractions++, article));
    expect(await request(handle, { type: 'lector:extract' })).toEqual([]);
    expect(await request(handle, { type: 'lector:extract', token: 'guessed' })).toEqual([]);
    expect(await request(handle, { type: 'lector:extract', token: TOKEN })).toHaveLength(2);
    expect(await request(handle, { type: 'lector:extract', token: TOKEN })).toEqual([]);
    expect(extractions).toBe(1);
  });

  it('answers nothing when its address had no token', async () => {
    const handle = answerRequests('', () => article);
    expect(await request(handle, { type: 'lector:extract', token: '' })).toEqual([]);
  });

  it('still answers, with a reason, when extraction throws', async () => {
    const handle = answerRequests(TOKEN, () => {
      throw new TypeError('x is undefined');
    });
    expect(await request(handle, { type: 'lector:extract', token: TOKEN })).toEqual([
      { type: 'started' },
      { type: 'result', result: { kind: 'no-article', code: 'error', detail: 'x is undefined' } },
    ]);
    // A page too big or deep for the engine (its stack or string limits) is said to be too large, not an error.
    const tooBig = answerRequests(TOKEN, () => {
      throw new RangeError('Invalid string length');
    });
    expect(await request(tooBig, { type: 'lector:extract', token: TOKEN })).toEqual([
      { type: 'started' },
      { type: 'result', result: { kind: 'no-article', code: 'too-large' } },
    ]);
  });

  it('stops when the reader takes the request back, and answers nothing more', async () => {
    const channel = new MessageChannel();
    const replies: unknown[] = [];
    channel.port1.on('message', (reply) => replies.push(reply));
    let seen: AbortSignal | null = null;
    let finish: (() => void) | null = null;
    const handle = answerRequests(TOKEN, (_page, cancelled) => {
      seen = cancelled;
      // Work that pauses (as the frame's stepwise pipeline does) and sees the cancel at its pause.
      return new Promise((resolve) => (finish = () => resolve(cancelled.aborted ? null : article)));
    });
    handle({ data: { type: 'lector:extract', token: TOKEN }, ports: [channel.port2] } as unknown as MessageEvent<unknown>);
    channel.port1.postMessage({ type: 'page', page });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([{ type: 'started' }]);
    expect(seen!.aborted).toBe(false);
    channel.port1.postMessage({ type: 'cancel' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen!.aborted).toBe(true);
    finish!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([{ type: 'started' }]);
    channel.port1.close();
  });

  it('ignores other messages on the port while it works', async () => {
    const channel = new MessageChannel();
    let seen: AbortSignal | null = null;
    const handle = answerRequests(TOKEN, async (_page, cancelled) => {
      seen = cancelled;
      await new Promise((resolve) => setTimeout(resolve, 40));
      return article;
    });
    const replies: unknown[] = [];
    channel.port1.on('message', (reply) => replies.push(reply));
    handle({ data: { type: 'lector:extract', token: TOKEN }, ports: [channel.port2] } as unknown as MessageEvent<unknown>);
    channel.port1.postMessage({ type: 'page', page });
    channel.port1.postMessage({ type: 'result', result: article });
    channel.port1.postMessage('cancel');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen!.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(replies).toEqual([{ type: 'started' }, { type: 'result', result: article }]);
    channel.port1.close();
  });

  it("stops when the reader's end of the port is closed without a word", async () => {
    const channel = new MessageChannel();
    let seen: AbortSignal | null = null;
    const handle = answerRequests(TOKEN, (_page, cancelled) => {
      seen = cancelled;
      return new Promise(() => undefined);
    });
    handle({ data: { type: 'lector:extract', token: TOKEN }, ports: [channel.port2] } as unknown as MessageEvent<unknown>);
    channel.port1.postMessage({ type: 'page', page });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen!.aborted).toBe(false);
    channel.port1.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen!.aborted).toBe(true);
  });

  it('says started before the page comes, reads the first page it is sent and no other', async () => {
    const channel = new MessageChannel();
    const replies: unknown[] = [];
    const read: unknown[] = [];
    channel.port1.on('message', (reply) => replies.push(reply));
    const handle = answerRequests(TOKEN, (sent) => (read.push(sent), article));
    handle({ data: { type: 'lector:extract', token: TOKEN }, ports: [channel.port2] } as unknown as MessageEvent<unknown>);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([{ type: 'started' }]);
    expect(read).toEqual([]);
    channel.port1.postMessage({ type: 'page', page: { ...page, isHtml: 'yes' } });
    channel.port1.postMessage({ type: 'page', page });
    channel.port1.postMessage({ type: 'page', page: { ...page, url: 'https://other.example/' } });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(read).toEqual([page]);
    expect(replies).toEqual([{ type: 'started' }, { type: 'result', result: article }]);
    channel.port1.close();
  });
});
