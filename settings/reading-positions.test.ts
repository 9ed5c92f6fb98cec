import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  countReadingPositions,
  forgetReadingPositions,
  getReadingPosition,
  MAX_READING_POSITIONS_BYTES,
  readingPositionKey,
  readingPositionsItem,
  saveReadingPosition,
  withReadingPosition,
} from './reading-positions';
import { MAX_KEY_LENGTH } from './reading-positions-key';
import { rememberPrivatePositionsItem } from './reading-positions-privacy';

beforeEach(() => fakeBrowser.reset());

const place = (savedAt: number) => ({ block: 1, sentence: 2, savedAt });
const storedBytes = async () => JSON.stringify(await fakeBrowser.storage.local.get(null)).length;

describe('reading position keys', () => {
  it('keep what names the article and drop fragments, tracking tags, session ids and credentials', () => {
    expect(readingPositionKey('https://news.example/a?id=1#comments')).toBe('https://news.example/a?id=1');
    expect(readingPositionKey('https://news.example/story?utm_source=x&fbclid=y&sessionid=z')).toBe('https://news.example/story');
    expect(readingPositionKey('https://user:secret@blog.example/?p=42&ref=home')).toBe('https://blog.example/?p=42');
    // The same article reached with its parameters in another order is one entry.
    expect(readingPositionKey('https://e.example/read?page=2&id=7')).toBe(readingPositionKey('https://e.example/read?id=7&page=2&q=x'));
    expect(readingPositionKey('not a url')).toBe('not a url');
  });

  it('stay short for an address of megabytes, and still tell two such pages apart', () => {
    const huge = `https://hostile.example/${'a'.repeat(1_900_000)}`;
    const key = readingPositionKey(huge);
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(key.startsWith('https://hostile.example/aaa')).toBe(true);
    expect(readingPositionKey(`${huge}b`)).not.toBe(key);
    expect(readingPositionKey(`${huge}#fragment`)).toBe(key);
    expect(readingPositionKey('x'.repeat(MAX_KEY_LENGTH + 5)).length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
  });

  it('are the same when made again from a key', () => {
    for (const url of [`https://hostile.example/${'a'.repeat(100_000)}?id=1`, 'https://e.example/read?page=2&id=a b&utm_x=1', 'https://e.example/ü/?p=é']) {
      const key = readingPositionKey(url);
      expect(readingPositionKey(key)).toBe(key);
    }
  });
});

describe('reading positions', () => {
  it('keeps only the newest entries, dropping invalid ones', () => {
    const positions = {
      'https://a.example/': place(10),
      'https://b.example/': place(30),
      'https://bad.example/': { block: -1, sentence: 0, savedAt: 99 },
    };
    const next = withReadingPosition(positions, 'https://c.example/#x', place(20), { entries: 2, bytes: 10_000 });
    expect(Object.keys(next)).toEqual(['https://b.example/', 'https://c.example/']);
  });

  it('drops the oldest first to stay under the byte limit', () => {
    let positions = {};
    for (let i = 0; i < 40; i++) positions = withReadingPosition(positions, `https://e.example/article-${i}`, place(i), { entries: 500, bytes: 1_000 });
    expect(JSON.stringify(positions).length).toBeLessThanOrEqual(1_000);
    const kept = Object.keys(positions);
    expect(kept[0]).toBe('https://e.example/article-39');
    // Newest first and contiguous: only the oldest went.
    expect(kept).toEqual(kept.map((_, i) => `https://e.example/article-${39 - i}`));
    expect(kept.length).toBeGreaterThan(5);
  });

  it('files entries stored under an older, longer key again under the short one, keeping the newest', () => {
    const old = { 'https://e.example/a?utm_source=mail': place(5), 'https://e.example/a?fbclid=1': place(9) };
    expect(withReadingPosition(old, 'https://z.example/', place(1))).toEqual({ 'https://e.example/a': place(9), 'https://z.example/': place(1) });
  });

  it('saves locally (never to sync) and reads back', async () => {
    expect(await saveReadingPosition('https://news.example/story#top', { block: 3, sentence: 7, savedAt: 1000 }, false)).toBe('saved');
    expect(await getReadingPosition('https://news.example/story?utm_campaign=x')).toEqual({ block: 3, sentence: 7, savedAt: 1000 });
    expect(await getReadingPosition('https://news.example/other')).toBeNull();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps storage bounded however many huge addresses a page gives itself', async () => {
    for (let i = 0; i < 6; i++) {
      expect(await saveReadingPosition(`https://hostile.example/${String(i).repeat(1_900_000)}`, place(i), false)).toBe('saved');
    }
    expect(await countReadingPositions()).toBe(6);
    expect(await storedBytes()).toBeLessThan(6 * (MAX_KEY_LENGTH + 100));
    expect(await storedBytes()).toBeLessThanOrEqual(MAX_READING_POSITIONS_BYTES);
  });

  it('writes nothing from a private window unless the user asked for it', async () => {
    expect(await saveReadingPosition('https://e.example/private', place(1), true)).toBe('private-window');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await rememberPrivatePositionsItem.setValue(true);
    expect(await saveReadingPosition('https://e.example/private', place(2), true)).toBe('saved');
    expect(await getReadingPosition('https://e.example/private')).toEqual(place(2));
  });

  it('says "failed" instead of throwing when storage refuses the write', async () => {
    const setValue = readingPositionsItem.setValue;
    readingPositionsItem.setValue = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await saveReadingPosition('https://e.example/a', place(1), false)).toBe('failed');
    } finally {
      readingPositionsItem.setValue = setValue;
    }
  });

  it('forgets every position at once, and leaves the settings', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'dark' });
    await saveReadingPosition('https://e.example/a', place(1), false);
    await saveReadingPosition('https://e.example/b', place(2), false);
    expect(await countReadingPositions()).toBe(2);
    await forgetReadingPositions();
    expect(await countReadingPositions()).toBe(0);
    expect(await fakeBrowser.storage.local.get('readingPositions')).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ theme: 'dark' });
  });
});
