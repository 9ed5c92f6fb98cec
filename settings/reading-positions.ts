/**
 * Where the user stopped reading, per article URL, kept on this device only
 * (`local:`): reading history is private and never synced.
 */
import { storage } from 'wxt/utils/storage';

export interface ReadingPosition {
  block: number;
  sentence: number;
  /** Epoch milliseconds; the oldest entries are dropped first. */
  savedAt: number;
}

export type ReadingPositions = Record<string, ReadingPosition>;

/** Enough for months of reading while keeping the item far below storage quotas. */
export const MAX_READING_POSITIONS = 500;

export const readingPositionsItem = storage.defineItem<ReadingPositions>('local:readingPositions', {
  fallback: {},
  version: 1,
});

/** The same article under `#section` anchors or tracking fragments is one entry. */
export function readingPositionKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { block, sentence, savedAt } = value as Record<string, unknown>;
  return [block, sentence, savedAt].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

export async function getReadingPosition(url: string): Promise<ReadingPosition | null> {
  const positions = await readingPositionsItem.getValue();
  const position = positions[readingPositionKey(url)];
  return isReadingPosition(position) ? position : null;
}

/** Adds or replaces one entry, then trims to the newest `MAX_READING_POSITIONS`. */
export function withReadingPosition(
  positions: ReadingPositions,
  url: string,
  position: ReadingPosition,
  limit = MAX_READING_POSITIONS,
): ReadingPositions {
  const entries = Object.entries({ ...positions, [readingPositionKey(url)]: position }).filter(
    (entry): entry is [string, ReadingPosition] => isReadingPosition(entry[1]),
  );
  entries.sort((a, b) => b[1].savedAt - a[1].savedAt);
  return Object.fromEntries(entries.slice(0, limit));
}

export async function saveReadingPosition(url: string, position: ReadingPosition): Promise<void> {
  const positions = await readingPositionsItem.getValue();
  await readingPositionsItem.setValue(withReadingPosition(positions, url, position));
}

export async function forgetReadingPositions(): Promise<void> {
  await readingPositionsItem.removeValue();
}
