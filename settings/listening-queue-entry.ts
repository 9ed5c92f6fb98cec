/**
 * One article in the listening queue, as the queue's index stores it (the
 * article itself is kept under a key of its own, listening-queue.ts), and how
 * stored values are checked and brought up to today's format. Pure: no
 * storage here, so the checks and the migration are tested on plain values.
 */
import type { Article } from '@/core/model';

export interface QueuePlace {
  block: number;
  sentence: number;
}

export interface QueueEntry {
  /** Also names the key the article is kept under. */
  id: string;
  /** Epoch milliseconds. */
  addedAt: number;
  url: string;
  title: string;
  siteName: string | null;
  readingMinutes: number;
  /** The stored article's size as JSON (what the byte cap counts). */
  bytes: number;
  listened: boolean;
  /** Where listening stopped in this article; null: not started. */
  position: QueuePlace | null;
}

/** The stored index, version 2: an object, so later fields can join the entries. */
export interface QueueIndexV2 {
  entries: QueueEntry[];
}

/** Version 1 (the first format): a bare array, `done` for listened, no position. */
export interface QueueEntryV1 {
  id: string;
  addedAt: number;
  url: string;
  title: string;
  siteName: string | null;
  readingMinutes: number;
  bytes: number;
  done: boolean;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function fieldsOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function isPlace(value: unknown): value is QueuePlace {
  const fields = fieldsOf(value);
  return fields !== null && Number.isInteger(fields.block) && isCount(fields.block) && Number.isInteger(fields.sentence) && isCount(fields.sentence);
}

export function isQueueEntry(value: unknown): value is QueueEntry {
  const f = fieldsOf(value);
  return (
    f !== null &&
    typeof f.id === 'string' &&
    f.id.length > 0 &&
    isCount(f.addedAt) &&
    typeof f.url === 'string' &&
    typeof f.title === 'string' &&
    (f.siteName === null || typeof f.siteName === 'string') &&
    isCount(f.readingMinutes) &&
    isCount(f.bytes) &&
    typeof f.listened === 'boolean' &&
    (f.position === null || isPlace(f.position))
  );
}

/** Today's entries from whatever is stored, the ones that are not entries left out and counted. */
export function readQueueIndex(stored: unknown): { entries: QueueEntry[]; skipped: number } {
  const list = fieldsOf(stored)?.entries;
  if (!Array.isArray(list)) return { entries: [], skipped: stored == null ? 0 : 1 };
  const entries: QueueEntry[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of list) {
    if (isQueueEntry(item) && !seen.has(item.id)) {
      seen.add(item.id);
      entries.push(item);
    } else skipped++;
  }
  return { entries, skipped };
}

/**
 * v1 -> v2. An entry that is not a v1 entry is kept as it is, so that reading
 * the index skips and reports it rather than the migration losing it silently.
 */
export function migrateQueueV1(stored: unknown): QueueIndexV2 | unknown {
  if (!Array.isArray(stored)) return stored;
  return {
    entries: stored.map((item: unknown) => {
      const f = fieldsOf(item);
      if (!f || typeof f.done !== 'boolean') return item;
      const { done, ...rest } = f;
      return { ...rest, listened: done, position: null };
    }),
  };
}

/** Whether a stored article is whole enough to read: checked on loading, never trusted. */
export function isStoredArticle(value: unknown): value is Article {
  const f = fieldsOf(value);
  return (
    f !== null &&
    f.kind === 'article' &&
    typeof f.title === 'string' &&
    typeof f.html === 'string' &&
    typeof f.text === 'string' &&
    Array.isArray(f.blocks) &&
    Array.isArray(f.sentences) &&
    Array.isArray(f.headings) &&
    Array.isArray(f.removed) &&
    isCount(f.readingMinutes) &&
    isCount(f.wordCount)
  );
}
