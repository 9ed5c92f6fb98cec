/**
 * The side panel's listening queue: the stored entries, the article being read
 * (a reader session of its own, the same Narrator and reader model as the
 * reader in a page), and what the user does to both. Plays through: at an
 * article's end it is marked listened, "Next: <title>" is announced and the
 * next article not yet listened to starts, unless the sleep timer was set to
 * stop at the article's end. Storage and sessions are injected; this file
 * touches neither the DOM nor the browser.
 */
import type { Article } from '../../core/model';
import type { QueueEdit, QueueEntry } from '../../settings/listening-queue';
import { neighbour, nextUnlistened } from '../../settings/listening-queue-edits';
import type { LoadedQueue } from '../../settings/listening-queue';
import type { Translate } from '../i18n/messages';
import type { SavedPlace } from '../reader/reader-model-state';
import type { SleepCarry } from '../reader/reader-sleep';
import type { ReaderSession } from '../reader/reader-session';

export interface QueueStore {
  load(): Promise<LoadedQueue>;
  article(id: string): Promise<Article | null>;
  /** The entries after the edit; null when storage refused it. */
  edit(edit: QueueEdit): Promise<QueueEntry[] | null>;
  watch(onChange: (queue: LoadedQueue) => void): () => void;
  /** Empties the queue, articles and all; false when storage refused. */
  forget(): Promise<boolean>;
}

export interface SessionHooks {
  onArticleEnd(sleepStopped: boolean): void;
  onPlaceSaved(place: SavedPlace): void;
  /** The sleep timer the previous article's model was counting down: the queue's listening goes on under it. */
  sleepFrom: SleepCarry | null;
  /** The media keys' next/previous track: the next or previous article (in the reader they move by paragraph). */
  stepArticle(direction: -1 | 1): void;
}

export type StartQueueSession = (article: Article, entry: QueueEntry, hooks: SessionHooks) => Promise<ReaderSession>;

export interface QueuePlayerState {
  entries: QueueEntry[];
  loaded: boolean;
  currentId: string | null;
  session: ReaderSession | null;
  /** The queue's own polite live region (the article's words go through the reader model's). */
  announcement: string;
  announcementId: number;
}

/** Long enough for "Next: <title>" to be heard before the next article's title is read. */
export const NEXT_ARTICLE_PAUSE_MS = 1_500;

export interface QueuePlayerOptions {
  store: QueueStore;
  startSession: StartQueueSession;
  t: Translate;
  setTimeout?: (run: () => void, ms: number) => unknown;
}

export class QueuePlayer {
  private current: QueuePlayerState = { entries: [], loaded: false, currentId: null, session: null, announcement: '', announcementId: 0 };
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | null = null;
  /** Each play gets a number: a play overtaken by another (two quick presses) gives its session up. */
  private playCount = 0;
  private disposed = false;
  /** A sleep timer on its way from one article to the next (kept while a damaged article is skipped). */
  private carried: SleepCarry | null = null;

  constructor(private readonly options: QueuePlayerOptions) {}

  get state(): QueuePlayerState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the queue, says how many articles it holds (and how many damaged items were skipped), shows the first unheard one. */
  async start(): Promise<void> {
    const { entries, skipped } = await this.options.store.load();
    if (this.disposed) return;
    this.update({ entries, loaded: true });
    this.stopWatching = this.options.store.watch((queue) => this.update({ entries: queue.entries }));
    const { t } = this.options;
    const count = t('queueCountStatus', [String(entries.length)]);
    this.announce(skipped > 0 ? `${count}. ${t('queueSkippedStatus', [String(skipped)])}` : count);
    const first = nextUnlistened(entries, null);
    if (first) await this.open(first.id, false);
  }

  /** Reads `id` now: from its kept place when it has one, else from its title. */
  play(id: string): Promise<void> {
    return this.open(id, true);
  }

  async nextArticle(direction: -1 | 1): Promise<void> {
    const { currentId, entries } = this.current;
    const target = currentId ? neighbour(entries, currentId, direction) : (entries[0] ?? null);
    if (!target) return this.announce(this.options.t(direction === 1 ? 'queueNoNextArticle' : 'queueNoPreviousArticle'));
    await this.play(target.id);
  }

  async move(id: string, direction: -1 | 1): Promise<void> {
    const entries = await this.edit({ kind: 'move', id, direction });
    const index = entries?.findIndex((entry) => entry.id === id) ?? -1;
    if (entries && index !== -1) {
      this.announce(this.options.t('queueMovedStatus', [entries[index]!.title, String(index + 1), String(entries.length)]));
    }
  }

  async remove(id: string): Promise<void> {
    const title = this.titleOf(id);
    if (id === this.current.currentId) this.endSession(null);
    const entries = await this.edit({ kind: 'remove', id });
    if (entries) this.announce(this.options.t('queueRemovedStatus', [title, String(entries.length)]));
  }

  async setListened(id: string, listened: boolean): Promise<void> {
    const title = this.titleOf(id);
    if (await this.edit({ kind: 'listened', id, listened })) {
      this.announce(this.options.t(listened ? 'queueListenedStatus' : 'queueUnlistenedStatus', [title]));
    }
  }

  async clearListened(): Promise<void> {
    const currentGoes = this.current.entries.some((entry) => entry.id === this.current.currentId && entry.listened);
    if (currentGoes) this.endSession(null);
    const entries = await this.edit({ kind: 'clear-listened' });
    if (entries) this.announce(this.options.t('queueClearedStatus', [String(entries.length)]));
  }

  /** "Remove all" (asked and confirmed in the panel): stops reading, empties the queue and says so. */
  async removeAll(): Promise<void> {
    this.endSession(null);
    if (!(await this.options.store.forget())) return this.announce(this.options.t('queueEditFailed'));
    // Not waiting for the watch: the list empties with the announcement.
    this.update({ entries: [] });
    this.announce(this.options.t('queueRemovedAllStatus'));
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching?.();
    this.current.session?.end();
    this.listeners.clear();
  }

  // ---- internals ----

  private async open(id: string, read: boolean): Promise<void> {
    const entry = this.current.entries.find((candidate) => candidate.id === id);
    if (!entry) return;
    const play = ++this.playCount;
    const sleepFrom = this.current.session?.model.sleepCarry ?? this.carried;
    this.carried = sleepFrom;
    this.endSession(id);
    const article = await this.options.store.article(id);
    if (play !== this.playCount || this.disposed) return;
    if (!article) {
      // Damaged in storage: said, and the listener goes on to the next article rather than to silence.
      this.announce(this.options.t('queueArticleDamaged', [entry.title]));
      const next = nextUnlistened(this.current.entries, id);
      if (read && next) await this.open(next.id, true);
      return;
    }
    const session = await this.options.startSession(article, entry, {
      onArticleEnd: (sleepStopped) => void this.articleEnded(id, sleepStopped),
      onPlaceSaved: (place) => void this.options.store.edit({ kind: 'position', id, position: place }),
      sleepFrom,
      stepArticle: (direction) => void this.nextArticle(direction),
    });
    this.carried = null;
    if (play !== this.playCount || this.disposed) return session.end();
    this.update({ session, currentId: id });
    if (!read) return;
    const place = entry.position;
    if (place && place.sentence > 0 && place.sentence < article.sentences.length) session.model.readFromSentence(place.sentence);
    else session.model.togglePlay();
  }

  private async articleEnded(id: string, sleepStopped: boolean): Promise<void> {
    const entries = (await this.edit({ kind: 'listened', id, listened: true })) ?? this.current.entries;
    // The next one in the queue now, not the one next when this article started: the user may have reordered since.
    const next = nextUnlistened(entries, id);
    if (sleepStopped || this.disposed || this.current.currentId !== id) return;
    if (!next) return this.announce(this.options.t('queueEndStatus'));
    this.announce(this.options.t('queueNextStatus', [next.title]));
    const wait = this.options.setTimeout ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    wait(() => {
      if (this.current.currentId === id && !this.disposed) void this.play(next.id);
    }, NEXT_ARTICLE_PAUSE_MS);
  }

  private endSession(nextId: string | null): void {
    this.current.session?.end();
    this.update({ session: null, currentId: nextId });
  }

  private async edit(edit: QueueEdit): Promise<QueueEntry[] | null> {
    const entries = await this.options.store.edit(edit);
    if (entries) this.update({ entries });
    else this.announce(this.options.t('queueEditFailed'));
    return entries;
  }

  private titleOf(id: string): string {
    return this.current.entries.find((entry) => entry.id === id)?.title ?? '';
  }

  private announce(text: string): void {
    this.update({ announcement: text, announcementId: this.current.announcementId + 1 });
  }

  private update(changes: Partial<QueuePlayerState>): void {
    this.current = { ...this.current, ...changes };
    for (const listener of [...this.listeners]) listener();
  }
}
