/**
 * Where the user stopped reading, per article, kept on this device only
 * (`local:`): reading history is private and never synced. Bounded in entries
 * and in bytes (oldest dropped first), filed under a short normalized address,
 * never written from a private window unless the user asked for it, and
 * deletable from the options page.
 */
import { defineItem } from './storage-item';
import { readingPositionKey } from './reading-positions-key';
import { isPrivateContext, rememberPrivatePositionsItem } from './reading-positions-privacy';

export { readingPositionKey } from './reading-positions-key';

export interface ReadingPosition {
  block: number;
  sentence: number;
  /** Epoch milliseconds; the oldest entries are dropped first. */
  savedAt: number;
}

export type ReadingPositions = Record<string, ReadingPosition>;

/** Enough for months of reading while keeping the item far below storage quotas. */
export const MAX_READING_POSITIONS = 500;
/**
 * The whole item, as JSON, stays under this: 500 entries at the longest key (about 600 characters) would come to
 * some 330 kB. storage.local holds 10 MB, which a page once filled by giving itself a 1.9 MB address.
 */
export const MAX_READING_POSITIONS_BYTES = 200_000;

export const readingPositionsItem = defineItem<ReadingPositions>('local:readingPositions', {
  fallback: {},
  version: 1,
});

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

export interface PositionLimits {
  entries: number;
  bytes: number;
}

const LIMITS: PositionLimits = { entries: MAX_READING_POSITIONS, bytes: MAX_READING_POSITIONS_BYTES };

/** The size storage counts for one entry: its key and its value as JSON, with the separators. */
const entryBytes = ([key, position]: [string, ReadingPosition]) => JSON.stringify(key).length + JSON.stringify(position).length + 2;

/**
 * Adds or replaces one entry, drops invalid ones, then keeps the newest that fit in `limits` (entries and bytes),
 * dropping the oldest first. Keys already stored under an older rule are filed again under today's.
 */
export function withReadingPosition(
  positions: ReadingPositions,
  url: string,
  position: ReadingPosition,
  limits: PositionLimits = LIMITS,
): ReadingPositions {
  const byKey = new Map<string, ReadingPosition>();
  for (const [key, value] of Object.entries(positions)) {
    if (!isReadingPosition(value)) continue;
    const normalized = readingPositionKey(key);
    const known = byKey.get(normalized);
    if (!known || known.savedAt < value.savedAt) byKey.set(normalized, value);
  }
  byKey.set(readingPositionKey(url), position);
  const newestFirst = [...byKey].sort((a, b) => b[1].savedAt - a[1].savedAt);
  const kept: Array<[string, ReadingPosition]> = [];
  let bytes = 2;
  for (const entry of newestFirst) {
    if (kept.length >= limits.entries) break;
    const size = entryBytes(entry) + 1;
    if (bytes + size > limits.bytes) break;
    kept.push(entry);
    bytes += size;
  }
  return Object.fromEntries(kept);
}

export type SaveOutcome = 'saved' | 'private-window' | 'failed';

/**
 * Saves the place unless this is a private window and the user did not ask for positions to be kept there.
 * Never throws: a full or unavailable storage is 'failed' (the reader goes on; only resuming is lost).
 */
export async function saveReadingPosition(
  url: string,
  position: ReadingPosition,
  privateWindow: boolean = isPrivateContext(),
): Promise<SaveOutcome> {
  try {
    if (privateWindow && !(await rememberPrivatePositionsItem.getValue())) return 'private-window';
    const positions = await readingPositionsItem.getValue();
    await readingPositionsItem.setValue(withReadingPosition(positions, url, position));
    return 'saved';
  } catch {
    return 'failed';
  }
}

/** How many places are kept, for the options page. */
export async function countReadingPositions(): Promise<number> {
  return Object.keys(await readingPositionsItem.getValue()).length;
}

export async function forgetReadingPositions(): Promise<void> {
  await readingPositionsItem.removeValue();
}
