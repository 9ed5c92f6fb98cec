// @vitest-environment jsdom
import '../../tests/support/components/fake-chrome';
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueEntry } from '../../settings/listening-queue';
import { applyQueueEdit } from '../../settings/listening-queue-edits';
import { fixtureArticle } from '../../tests/support/components/article-fixture';
import { english } from '../../tests/support/components/english';
import { FakeNarrator } from '../../tests/support/components/fake-narrator';
import { press } from '../../tests/support/components/render-reader';
import { ReaderModel } from '../reader/reader-model';
import { QueuePlayer } from './queue-player';
import { QueuePanel } from './QueuePanel';

afterEach(cleanup);

const appearance = { theme: 'dark', fontFamily: 'serif', fontSize: 20, lineHeight: 1.6, contentWidth: 68 } as const;
const entry = (id: string, listened = false): QueueEntry => ({
  id, addedAt: 0, url: `https://e.example/${id}`, title: `Title ${id}`, siteName: 'Site', readingMinutes: 3, bytes: 1, listened, position: null,
});

async function renderPanel(entries: QueueEntry[]) {
  let stored = entries;
  const narrators: FakeNarrator[] = [];
  const player = new QueuePlayer({
    t: english,
    store: {
      load: async () => ({ entries: stored, skipped: 0 }),
      article: async () => fixtureArticle(),
      edit: async (edit) => (stored = applyQueueEdit(stored, edit)),
      watch: () => () => undefined,
      forget: async () => {
        stored = [];
        return true;
      },
    },
    startSession: async (article, _entry, hooks) => {
      const narrator = new FakeNarrator(article);
      narrators.push(narrator);
      const model = new ReaderModel({ article, narrator, t: english, appearance, onClose: vi.fn(), onArticleEnd: hooks.onArticleEnd });
      return { model, end: vi.fn() };
    },
  });
  render(<QueuePanel t={english} player={player} appearance={appearance} />);
  await act(() => player.start());
  const titles = () => [...document.querySelectorAll<HTMLElement>('[data-queue-title]')];
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  const live = () => document.querySelector('.lector-queue-panel > [role="status"]')?.textContent ?? '';
  return { player, narrators, titles, settle, live, stored: () => stored };
}

describe('the queue panel', () => {
  it('lists the queue with its count and shows the first article not yet heard, in the chosen theme', async () => {
    const { titles, live } = await renderPanel([entry('a', true), entry('b')]);
    expect(titles().map((title) => title.textContent)).toEqual(['Title a', 'Title b']);
    expect(document.querySelector('.lector-queue-count')?.textContent).toBe('Articles in the queue: 2');
    expect(live()).toBe('Articles in the queue: 2');
    expect(titles()[1]?.getAttribute('aria-current')).toBe('true');
    expect(document.querySelector('#lector-title')?.textContent).toBe(fixtureArticle().title);
    expect(document.querySelector('.lector-queue-panel')?.getAttribute('data-theme')).toBe('dark');
  });

  it('moves, marks and removes from the keyboard on a title, keeping focus on the list', async () => {
    const { titles, settle, live, stored } = await renderPanel([entry('a'), entry('b'), entry('c')]);
    titles()[0]!.focus();
    press('ArrowDown', { altKey: true });
    await settle();
    expect(stored().map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(live()).toBe('Title a moved to 2 of 3.');
    expect(document.activeElement?.textContent).toBe('Title a');
    press('l');
    await settle();
    expect(stored()[1]?.listened).toBe(true);
    expect(live()).toBe('Marked listened: Title a.');
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Title c');
    press('Delete');
    await settle();
    expect(stored().map((e) => e.id)).toEqual(['b', 'a']);
    expect(live()).toBe('Removed: Title c. Articles in the queue: 2.');
    expect(document.activeElement?.textContent).toBe('Title a');
  });

  it('keeps focus in the list when the next article opens from there', async () => {
    const { titles, settle } = await renderPanel([entry('a'), entry('b')]);
    titles()[1]!.focus();
    press('Enter');
    titles()[1]!.click();
    await settle();
    expect(titles()[1]?.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(titles()[1]);
  });

  it('gives the reader keys to the article being read, and steps between articles with Alt+Shift+N', async () => {
    const { narrators, settle, titles } = await renderPanel([entry('a'), entry('b')]);
    (document.querySelector('#lector-title') as HTMLElement).focus();
    press('k');
    expect(narrators[0]?.calls).toContain('play');
    press('N', { altKey: true, shiftKey: true, code: 'KeyN' });
    await settle();
    expect(titles()[1]?.getAttribute('aria-current')).toBe('true');
    expect(narrators[1]?.calls).toContain('play');
  });

  it('removes all only after a confirmation in the panel, then announces it and keeps focus in the panel', async () => {
    const { titles, settle, live, stored } = await renderPanel([entry('a'), entry('b')]);
    const removeAll = () => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Remove all');
    removeAll()!.click();
    await settle();
    const group = document.querySelector('[role="group"][aria-labelledby="lector-queue-remove-all-question"]');
    expect(group?.textContent).toContain('Remove all 2 articles from the listening queue? This cannot be undone.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(stored()).toHaveLength(2);
    const yes = [...group!.querySelectorAll('button')].find((button) => button.textContent === 'Yes, remove all');
    yes!.click();
    await settle();
    expect(stored()).toEqual([]);
    expect(titles()).toEqual([]);
    expect(live()).toBe('Every article was removed. The listening queue is empty.');
    expect(document.querySelector('#lector-title')).toBeNull();
    expect(document.activeElement?.id).toBe('lector-queue-heading');
  });
});
