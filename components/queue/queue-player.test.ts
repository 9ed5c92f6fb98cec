import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../core/model';
import type { QueueEntry } from '../../settings/listening-queue';
import { applyQueueEdit } from '../../settings/listening-queue-edits';
import { english } from '../../tests/support/components/english';
import { FakeNarrator } from '../../tests/support/components/fake-narrator';
import { ReaderModel } from '../reader/reader-model';
import { SLEEP_AT_ARTICLE_END } from '../reader/sleep-timer';
import { QueuePlayer, type QueueStore } from './queue-player';

const appearance = { theme: 'light', fontFamily: 'serif', fontSize: 20, lineHeight: 1.6, contentWidth: 68 } as const;

function article(id: string): Article {
  const text = `${id} says one thing.`;
  return {
    kind: 'article', url: `https://e.example/${id}`, title: `Title ${id}`, byline: null, siteName: null, lang: 'en', dir: 'ltr',
    publishedTime: null, excerpt: null, html: '', text, wordCount: 4, readingMinutes: 1, removed: [], headings: [],
    blocks: [
      { index: 0, kind: 'paragraph', text, firstSentence: 0, sentenceCount: 1 },
      { index: 1, kind: 'paragraph', text, firstSentence: 1, sentenceCount: 1 },
    ],
    sentences: [
      { index: 0, block: 0, text, start: 0, end: text.length },
      { index: 1, block: 1, text, start: 0, end: text.length },
    ],
  };
}

const entry = (id: string, changes: Partial<QueueEntry> = {}): QueueEntry => ({
  id, addedAt: 0, url: `https://e.example/${id}`, title: `Title ${id}`, siteName: null, readingMinutes: 1, bytes: 1, listened: false, position: null, ...changes,
});

function setup(entries: QueueEntry[], options: { damaged?: string[]; skipped?: number; forgetFails?: boolean } = {}) {
  let stored = entries;
  const narrators = new Map<string, FakeNarrator>();
  const models = new Map<string, ReaderModel>();
  const steps = new Map<string, (direction: -1 | 1) => void>();
  const ended: string[] = [];
  const timers: Array<() => void> = [];
  const store: QueueStore = {
    load: async () => ({ entries: stored, skipped: options.skipped ?? 0 }),
    article: async (id) => (options.damaged?.includes(id) ? null : article(id)),
    edit: async (edit) => (stored = applyQueueEdit(stored, edit)),
    watch: () => () => undefined,
    forget: async () => {
      if (options.forgetFails) return false;
      stored = [];
      return true;
    },
  };
  const player = new QueuePlayer({
    store,
    t: english,
    setTimeout: (run) => timers.push(run),
    startSession: async (art, queued, hooks) => {
      const narrator = new FakeNarrator(art);
      const model = new ReaderModel({
        article: art, narrator, t: english, appearance, onClose: vi.fn(),
        resumeFrom: queued.position, onArticleEnd: hooks.onArticleEnd, onPlaceChange: hooks.onPlaceSaved, sleepFrom: hooks.sleepFrom,
      });
      narrators.set(queued.id, narrator);
      models.set(queued.id, model);
      steps.set(queued.id, hooks.stepArticle);
      return { model, end: () => ended.push(queued.id) };
    },
  });
  const finish = (id: string) => {
    const narrator = narrators.get(id)!;
    while (narrator.state.status !== 'ended') narrator.speakNext();
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { player, narrators, models, steps, ended, timers, finish, flush, stored: () => stored };
}

describe('QueuePlayer', () => {
  it('says the count on start (and the damaged items skipped) and shows the first article not yet heard', async () => {
    const { player } = setup([entry('a', { listened: true }), entry('b')], { skipped: 2 });
    await player.start();
    expect(player.state.announcement).toBe('Articles in the queue: 2. Damaged items in the stored queue were skipped: 2.');
    expect(player.state.currentId).toBe('b');
    expect(player.state.session?.model.isPlaying).toBe(false);
  });

  it('plays through: marks the article listened, announces "Next: <title>", then starts the next one', async () => {
    const { player, narrators, finish, timers, flush, stored } = setup([entry('a'), entry('b'), entry('c')]);
    await player.start();
    await player.play('a');
    expect(narrators.get('a')?.calls).toContain('play');
    finish('a');
    await flush();
    expect(stored().find((e) => e.id === 'a')?.listened).toBe(true);
    expect(player.state.announcement).toBe('Next: Title b');
    expect(timers).toHaveLength(1);
    timers[0]!();
    await flush();
    expect(player.state.currentId).toBe('b');
    expect(narrators.get('b')?.state.status).toBe('playing');
    finish('b');
    await flush();
    timers[1]!();
    await flush();
    finish('c');
    await flush();
    expect(player.state.announcement).toBe('End of the listening queue.');
    expect(stored().every((e) => e.listened)).toBe(true);
  });

  it('stops at the article end when the sleep timer says so', async () => {
    const { player, models, finish, timers, flush } = setup([entry('a'), entry('b')]);
    await player.start();
    await player.play('a');
    models.get('a')!.setSleepTimer(SLEEP_AT_ARTICLE_END);
    finish('a');
    await flush();
    expect(timers).toHaveLength(0);
    expect(player.state.currentId).toBe('a');
    expect(models.get('a')!.state.announcement).toBe('Sleep timer: reading stopped.');
  });

  it('keeps a minutes sleep timer counting to the same deadline into the next article', async () => {
    const { player, models, finish, timers, flush } = setup([entry('a'), entry('b')]);
    await player.start();
    await player.play('a');
    models.get('a')!.setSleepTimer(15);
    const carried = models.get('a')!.sleepCarry;
    expect(carried?.choice).toBe(15);
    finish('a');
    await flush();
    timers[0]!();
    await flush();
    expect(models.get('b')!.state.sleep).toBe(15);
    expect(models.get('b')!.sleepCarry).toEqual(carried);
    player.dispose();
  });

  it('resumes an article from its kept place, and keeps the place as reading moves', async () => {
    const { player, narrators, flush, stored } = setup([entry('a', { position: { block: 1, sentence: 1 } })]);
    await player.start();
    expect(player.state.session?.model.state.resumeOffer).toEqual({ block: 1, sentence: 1 });
    await player.play('a');
    expect(narrators.get('a')?.calls).toContain('seekToSentence:1');
    narrators.get('a')!.previous('sentence');
    await flush();
    expect(stored()[0]?.position).toEqual({ block: 0, sentence: 0 });
  });

  it('skips a damaged article, says so, and goes on to the next', async () => {
    const { player, flush } = setup([entry('a'), entry('b')], { damaged: ['a'] });
    await player.start();
    await player.play('a');
    await flush();
    expect(player.state.currentId).toBe('b');
  });

  it('moves, removes, marks and clears, announcing each', async () => {
    const { player, ended, stored } = setup([entry('a'), entry('b'), entry('c')]);
    await player.start();
    await player.move('c', -1);
    expect(player.state.announcement).toBe('Title c moved to 2 of 3.');
    expect(player.state.entries.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    await player.setListened('b', true);
    expect(player.state.announcement).toBe('Marked listened: Title b.');
    await player.clearListened();
    expect(player.state.announcement).toBe('Listened articles cleared. Articles in the queue: 2.');
    await player.remove('a');
    expect(ended).toContain('a');
    expect(player.state.currentId).toBeNull();
    expect(player.state.announcement).toBe('Removed: Title a. Articles in the queue: 1.');
    expect(stored().map((e) => e.id)).toEqual(['c']);
    await player.nextArticle(1);
    expect(player.state.currentId).toBe('c');
    await player.nextArticle(1);
    expect(player.state.announcement).toBe('No next article.');
  });

  it('removes all: stops the article being read, empties the queue and says so', async () => {
    const { player, narrators, ended, stored } = setup([entry('a'), entry('b')]);
    await player.start();
    await player.play('a');
    expect(narrators.get('a')?.calls).toContain('play');
    await player.removeAll();
    expect(ended).toContain('a');
    expect(stored()).toEqual([]);
    expect(player.state).toMatchObject({ entries: [], currentId: null, session: null });
    expect(player.state.announcement).toBe('Every article was removed. The listening queue is empty.');
  });

  it('says the change failed and keeps the list when storage refuses to remove all', async () => {
    const { player } = setup([entry('a'), entry('b')], { forgetFails: true });
    await player.start();
    await player.removeAll();
    expect(player.state.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(player.state.announcement).toBe('The change could not be saved; the queue is as it was.');
  });

  it("gives each article's session the step between articles, for the media keys' next and previous track", async () => {
    const { player, steps, narrators, flush } = setup([entry('a'), entry('b'), entry('c')]);
    await player.start();
    await player.play('a');
    steps.get('a')!(1);
    await flush();
    expect(player.state.currentId).toBe('b');
    expect(narrators.get('b')?.calls).toContain('play');
    steps.get('b')!(-1);
    await flush();
    expect(player.state.currentId).toBe('a');
    steps.get('a')!(-1);
    await flush();
    expect(player.state.announcement).toBe('No previous article.');
  });
});
