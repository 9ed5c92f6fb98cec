import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getReadingPosition, readingPositionKey, saveReadingPosition, withReadingPosition } from './reading-positions';

beforeEach(() => fakeBrowser.reset());

describe('reading positions', () => {
  it('files an article under its URL without the fragment', () => {
    expect(readingPositionKey('https://news.example/a?id=1#comments')).toBe('https://news.example/a?id=1');
    expect(readingPositionKey('not a url')).toBe('not a url');
  });

  it('keeps only the newest entries, dropping invalid ones', () => {
    const positions = {
      'https://a.example/': { block: 1, sentence: 2, savedAt: 10 },
      'https://b.example/': { block: 1, sentence: 2, savedAt: 30 },
      'https://bad.example/': { block: -1, sentence: 0, savedAt: 99 },
    };
    const next = withReadingPosition(positions, 'https://c.example/#x', { block: 5, sentence: 9, savedAt: 20 }, 2);
    expect(Object.keys(next)).toEqual(['https://b.example/', 'https://c.example/']);
  });

  it('saves locally (never to sync) and reads back', async () => {
    await saveReadingPosition('https://news.example/story#top', { block: 3, sentence: 7, savedAt: 1000 });
    expect(await getReadingPosition('https://news.example/story')).toEqual({ block: 3, sentence: 7, savedAt: 1000 });
    expect(await getReadingPosition('https://news.example/other')).toBeNull();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
