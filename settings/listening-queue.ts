/**
 * The listening queue, kept on this device only (`local:`): articles the user
 * added, read later in the side panel with nothing fetched. A small versioned
 * index (`local:listeningQueue`: order, titles, listened, places) and each
 * article under a key of its own (`local:queuedArticle:<id>`), so that saving
 * a place rewrites a few hundred bytes rather than every article, and a
 * damaged article is skipped alone. Capped in count and bytes; a full queue is
 * said (`queue-full`), never made room for by dropping what the user queued.
 */
import { defineItem, getStored, removeStored, setStored, storedSnapshot } from './storage-item';
import type { Article } from '@/core/model';
import { readingPositionKey } from './reading-positions-key';
import { applyQueueEdit, type QueueEdit } from './listening-queue-edits';
import { isStoredArticle, migrateQueueV1, readQueueIndex, type QueueEntry, type QueueIndexV2 } from './listening-queue-entry';

export type { QueueEntry, QueuePlace } from './listening-queue-entry';
export type { QueueEdit } from './listening-queue-edits';

/** An evening's listening several times over; the panel's list stays short enough to manage by keyboard. */
export const MAX_QUEUE_ARTICLES = 50;
/**
 * Every queued article together, as JSON. storage.local holds 10 MB (without `unlimitedStorage`, which would add
 * nothing to the install warning but is not needed): the queue keeps to half, leaving room for reading positions.
 * A long article (5,000 words) comes to some 150 kB with its HTML, blocks and sentences.
 */
export const MAX_QUEUE_BYTES = 5_000_000;

export interface QueueLimits {
  articles: number;
  bytes: number;
}

const LIMITS: QueueLimits = { articles: MAX_QUEUE_ARTICLES, bytes: MAX_QUEUE_BYTES };

export const QUEUE_INDEX_KEY = 'local:listeningQueue';
const ARTICLE_KEY_PREFIX = 'local:queuedArticle:';

/** Defined by a function so a test can define it again over a v1 value and see it migrated. */
export function defineQueueIndexItem() {
  return defineItem<QueueIndexV2>(QUEUE_INDEX_KEY, {
    fallback: { entries: [] },
    version: 2,
    migrations: { 2: migrateQueueV1 },
  });
}

export const queueIndexItem = defineQueueIndexItem();

const articleKey = (id: string) => `${ARTICLE_KEY_PREFIX}${id}` as const;

export interface LoadedQueue {
  entries: QueueEntry[];
  /** Stored entries that were damaged or of an unknown shape, left out (the panel says so). */
  skipped: number;
}

export async function loadQueue(): Promise<LoadedQueue> {
  try {
    return readQueueIndex(await queueIndexItem.getValue());
  } catch {
    // A migration that failed leaves a value of the old shape: read as damaged, never thrown at the panel.
    return { entries: [], skipped: 1 };
  }
}

export type AddOutcome =
  | { kind: 'added'; entry: QueueEntry; count: number }
  /** The same address is queued already (its entry is kept as it is, place and all). */
  | { kind: 'already-queued'; entry: QueueEntry }
  | { kind: 'queue-full'; limit: 'articles' | 'bytes'; max: number }
  /** Storage refused the write; the queue is as it was. */
  | { kind: 'failed' };

/** Adds `article` at the end of the queue. Never throws. */
export function addToQueue(article: Article, options: AddOptions = {}): Promise<AddOutcome> {
  return oneAtATime(() => add(article, options));
}

interface AddOptions {
  now?: number;
  id?: string;
  limits?: QueueLimits;
}

async function add(article: Article, options: AddOptions): Promise<AddOutcome> {
  const limits = options.limits ?? LIMITS;
  const url = article.url ?? '';
  try {
    const { entries } = await loadQueue();
    const key = readingPositionKey(url);
    const known = url ? entries.find((entry) => readingPositionKey(entry.url) === key) : undefined;
    if (known) return { kind: 'already-queued', entry: known };
    if (entries.length >= limits.articles) return { kind: 'queue-full', limit: 'articles', max: limits.articles };
    const bytes = JSON.stringify(article).length;
    const used = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    if (used + bytes > limits.bytes) return { kind: 'queue-full', limit: 'bytes', max: limits.bytes };
    const entry: QueueEntry = {
      id: options.id ?? crypto.randomUUID(),
      addedAt: options.now ?? Date.now(),
      url,
      title: article.title,
      siteName: article.siteName,
      readingMinutes: article.readingMinutes,
      bytes,
      listened: false,
      position: null,
    };
    // The article first: an index entry never points at nothing because the second write failed.
    await setStored(articleKey(entry.id), article);
    try {
      await queueIndexItem.setValue({ entries: [...entries, entry] });
    } catch (error) {
      await removeStored([articleKey(entry.id)]).catch(() => undefined);
      throw error;
    }
    return { kind: 'added', entry, count: entries.length + 1 };
  } catch {
    return { kind: 'failed' };
  }
}

/** A queued article, or null when it is missing or damaged (the panel skips it and says so). */
export async function loadQueuedArticle(id: string): Promise<Article | null> {
  try {
    const stored: unknown = await getStored(articleKey(id));
    return isStoredArticle(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * Read-modify-write jobs on the index, one at a time in this context: a place saved while the article's end marks
 * it listened must not write back the entry as it was before (seen in Firefox: the listened flag lost).
 */
let pending: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const run = pending.then(job, job);
  pending = run.catch(() => undefined);
  return run;
}

/**
 * Applies one edit to the queue as stored now (another window may have added since the panel last looked), and
 * removes the articles of entries that went. Returns the entries after the edit; null when storage refused.
 */
export function editQueue(edit: QueueEdit): Promise<QueueEntry[] | null> {
  return oneAtATime(() => applyEdit(edit));
}

async function applyEdit(edit: QueueEdit): Promise<QueueEntry[] | null> {
  try {
    const { entries } = await loadQueue();
    const next = applyQueueEdit(entries, edit);
    await queueIndexItem.setValue({ entries: next });
    const kept = new Set(next.map((entry) => entry.id));
    const gone = entries.filter((entry) => !kept.has(entry.id)).map((entry) => articleKey(entry.id));
    if (gone.length > 0) await removeStored(gone).catch(() => undefined);
    return next;
  } catch {
    return null;
  }
}

/**
 * Empties the queue ("Remove all" in the panel, "Forget the listening queue" on the options page, PRIVACY.md): the
 * index with its version mark, and every stored article, also those no index entry points at any more (a damaged
 * index was skipped, an add cut short). True when storage did it; never throws.
 */
export function forgetQueue(): Promise<boolean> {
  return oneAtATime(async () => {
    try {
      const stored = await storedSnapshot('local');
      const prefix = ARTICLE_KEY_PREFIX.slice('local:'.length);
      const articles = Object.keys(stored).filter((key) => key.startsWith(prefix)).map((key) => `local:${key}` as const);
      if (articles.length > 0) await removeStored(articles);
      await queueIndexItem.removeValue({ removeMeta: true });
      return true;
    } catch {
      return false;
    }
  });
}

/** Calls `onChange` whenever the stored queue changes (an article added from a page while the panel is open). */
export function watchQueue(onChange: (queue: LoadedQueue) => void): () => void {
  return queueIndexItem.watch((value) => onChange(readQueueIndex(value)));
}
