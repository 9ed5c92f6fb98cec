import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '@/core/model';
import {
  addToQueue,
  defineQueueIndexItem,
  editQueue,
  forgetQueue,
  loadQueue,
  loadQueuedArticle,
  MAX_QUEUE_ARTICLES,
  queueIndexItem,
} from './listening-queue';
import { migrateQueueV1, readQueueIndex } from './listening-queue-entry';

beforeEach(() => fakeBrowser.reset());

function article(url: string, title = `Story at ${url}`, words = 200): Article {
  const text = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
  return {
    kind: 'article', url, title, byline: null, siteName: 'Example', lang: 'en', dir: 'ltr', publishedTime: null, excerpt: null,
    html: `<p data-lector-block="0">${text}</p>`, text,
    headings: [], blocks: [{ index: 0, kind: 'paragraph', text, firstSentence: 0, sentenceCount: 1 }],
    sentences: [{ index: 0, block: 0, text, start: 0, end: text.length }],
    wordCount: words, readingMinutes: 1, removed: [],
  };
}

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

describe('adding to the listening queue', () => {
  it('keeps the article locally under its own key and lists it in order', async () => {
    const first = await addToQueue(article('https://a.example/one'), { now: 5 });
    const second = await addToQueue(article('https://b.example/two'), { now: 6 });
    expect(first.kind).toBe('added');
    expect(second).toMatchObject({ kind: 'added', count: 2 });
    const { entries, skipped } = await loadQueue();
    expect(skipped).toBe(0);
    expect(entries.map((entry) => entry.url)).toEqual(['https://a.example/one', 'https://b.example/two']);
    expect(entries[0]).toMatchObject({ addedAt: 5, listened: false, position: null, title: 'Story at https://a.example/one' });
    expect(await loadQueuedArticle(entries[1]!.id)).toEqual(article('https://b.example/two'));
    expect(Object.keys(await local())).toContain(`queuedArticle:${entries[0]!.id}`);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('says the page is queued already rather than queueing it twice (tracking tags and fragments aside)', async () => {
    await addToQueue(article('https://a.example/one'));
    const again = await addToQueue(article('https://a.example/one?utm_source=x#top'));
    expect(again.kind).toBe('already-queued');
    expect((await loadQueue()).entries).toHaveLength(1);
  });

  it('refuses past the article cap with queue-full, keeping every queued article', async () => {
    const limits = { articles: 3, bytes: 10_000_000 };
    for (let i = 0; i < 3; i++) expect((await addToQueue(article(`https://e.example/${i}`), { limits })).kind).toBe('added');
    expect(await addToQueue(article('https://e.example/late'), { limits })).toEqual({ kind: 'queue-full', limit: 'articles', max: 3 });
    expect((await loadQueue()).entries.map((entry) => entry.url)).toEqual(['https://e.example/0', 'https://e.example/1', 'https://e.example/2']);
    expect(MAX_QUEUE_ARTICLES).toBeGreaterThanOrEqual(20);
  });

  it('refuses past the byte cap with queue-full, and stores nothing of the refused article', async () => {
    const big = article('https://e.example/big', 'Big', 2_000);
    const size = JSON.stringify(big).length;
    const limits = { articles: 50, bytes: Math.floor(size * 1.5) };
    expect((await addToQueue(big, { limits })).kind).toBe('added');
    const before = await local();
    expect(await addToQueue(article('https://e.example/big2', 'Big 2', 2_000), { limits })).toMatchObject({ kind: 'queue-full', limit: 'bytes' });
    expect(await local()).toEqual(before);
  });

  it('says failed, leaving the queue as it was, when storage refuses the write', async () => {
    await addToQueue(article('https://a.example/one'));
    const setValue = queueIndexItem.setValue;
    queueIndexItem.setValue = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await addToQueue(article('https://b.example/two'))).toEqual({ kind: 'failed' });
    } finally {
      queueIndexItem.setValue = setValue;
    }
    const stored = await local();
    expect((await loadQueue()).entries).toHaveLength(1);
    // The refused article's own key went too.
    expect(Object.keys(stored).filter((key) => key.startsWith('queuedArticle:'))).toHaveLength(1);
  });
});

describe('editing the queue', () => {
  it('moves, marks listened, keeps places, clears listened and removes, dropping the articles that went', async () => {
    for (const name of ['a', 'b', 'c']) await addToQueue(article(`https://e.example/${name}`), { id: name });
    expect((await editQueue({ kind: 'move', id: 'c', direction: -1 }))?.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
    await editQueue({ kind: 'listened', id: 'a', listened: true });
    await editQueue({ kind: 'position', id: 'b', position: { block: 0, sentence: 0 } });
    expect((await loadQueue()).entries.find((entry) => entry.id === 'b')?.position).toEqual({ block: 0, sentence: 0 });
    expect((await editQueue({ kind: 'clear-listened' }))?.map((entry) => entry.id)).toEqual(['c', 'b']);
    expect(await loadQueuedArticle('a')).toBeNull();
    await editQueue({ kind: 'remove', id: 'c' });
    expect((await loadQueue()).entries.map((entry) => entry.id)).toEqual(['b']);
    expect(await loadQueuedArticle('c')).toBeNull();
    expect(await loadQueuedArticle('b')).not.toBeNull();
  });

  it('keeps both of two edits made at once (a place saved while the article end marks it listened)', async () => {
    for (const name of ['a', 'b']) await addToQueue(article(`https://e.example/${name}`), { id: name });
    await Promise.all([
      editQueue({ kind: 'listened', id: 'a', listened: true }),
      editQueue({ kind: 'position', id: 'a', position: { block: 0, sentence: 0 } }),
      addToQueue(article('https://e.example/c'), { id: 'c' }),
      editQueue({ kind: 'move', id: 'b', direction: -1 }),
    ]);
    const { entries } = await loadQueue();
    expect(entries.map((entry) => [entry.id, entry.listened, entry.position])).toEqual([
      ['b', false, null],
      ['a', true, { block: 0, sentence: 0 }],
      ['c', false, null],
    ]);
  });

  it('forgets the whole queue and its articles, leaving other data', async () => {
    await fakeBrowser.storage.local.set({ readingPositions: { x: 1 } });
    await addToQueue(article('https://e.example/a'));
    await addToQueue(article('https://e.example/b'));
    expect(Object.keys(await local()).filter((key) => key.startsWith('queuedArticle:'))).toHaveLength(2);
    expect(await forgetQueue()).toBe(true);
    // The index, its version mark and both articles: nothing of the queue is left.
    expect(await local()).toEqual({ readingPositions: { x: 1 } });
    expect((await loadQueue()).entries).toEqual([]);
  });

  it('forgets articles no index entry points at (a damaged index) too', async () => {
    await fakeBrowser.storage.local.set({ listeningQueue: 'garbage', 'queuedArticle:lost': { title: 'x' }, other: 1 });
    expect(await forgetQueue()).toBe(true);
    expect(await local()).toEqual({ other: 1 });
  });

  it('says false when storage refuses, rather than throwing', async () => {
    await addToQueue(article('https://e.example/a'));
    const original = fakeBrowser.storage.local.remove;
    fakeBrowser.storage.local.remove = () => Promise.reject(new Error('quota'));
    try {
      expect(await forgetQueue()).toBe(false);
    } finally {
      fakeBrowser.storage.local.remove = original;
    }
  });
});

describe('damaged and old stored queues', () => {
  it('skips and counts damaged entries and reads the rest', async () => {
    await addToQueue(article('https://e.example/a'), { id: 'a' });
    const { entries } = await loadQueue();
    await fakeBrowser.storage.local.set({ listeningQueue: { entries: [entries[0], { id: 7 }, 'junk', null, entries[0]] } });
    const loaded = await loadQueue();
    expect(loaded.entries.map((entry) => entry.id)).toEqual(['a']);
    expect(loaded.skipped).toBe(4);
    expect(readQueueIndex('not an index')).toEqual({ entries: [], skipped: 1 });
    expect(readQueueIndex(undefined)).toEqual({ entries: [], skipped: 0 });
  });

  it('gives null for a damaged or missing article rather than throwing', async () => {
    await fakeBrowser.storage.local.set({ 'queuedArticle:x': { kind: 'article', title: 3 } });
    expect(await loadQueuedArticle('x')).toBeNull();
    expect(await loadQueuedArticle('missing')).toBeNull();
  });

  it('migrates a v1 queue (a bare array with `done`) to v2, keeping order and listened flags', async () => {
    const v1 = [
      { id: 'one', addedAt: 1, url: 'https://e.example/1', title: 'One', siteName: null, readingMinutes: 2, bytes: 10, done: true },
      { id: 'two', addedAt: 2, url: 'https://e.example/2', title: 'Two', siteName: 'E', readingMinutes: 3, bytes: 20, done: false },
      { broken: true },
    ];
    await fakeBrowser.storage.local.set({ listeningQueue: v1, listeningQueue$: { v: 1 } });
    const item = defineQueueIndexItem();
    await item.migrate();
    const stored = await local();
    expect(stored.listeningQueue$).toEqual({ v: 2 });
    const { entries, skipped } = readQueueIndex(stored.listeningQueue);
    expect(entries.map((entry) => [entry.id, entry.listened, entry.position])).toEqual([
      ['one', true, null],
      ['two', false, null],
    ]);
    expect(skipped).toBe(1);
    expect(migrateQueueV1({ entries: [] })).toEqual({ entries: [] });
  });
});
