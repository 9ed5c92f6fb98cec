/**
 * What the user does to the queue, as pure functions on its entries: move one
 * up or down, remove it, mark it listened (or not), clear the listened ones,
 * keep its place. Each returns new entries and never changes the ones given;
 * an id that is not in the queue changes nothing.
 */
import type { QueueEntry, QueuePlace } from './listening-queue-entry';

export type QueueEdit =
  | { kind: 'move'; id: string; direction: -1 | 1 }
  | { kind: 'remove'; id: string }
  | { kind: 'listened'; id: string; listened: boolean }
  | { kind: 'clear-listened' }
  | { kind: 'position'; id: string; position: QueuePlace | null };

export function applyQueueEdit(entries: readonly QueueEntry[], edit: QueueEdit): QueueEntry[] {
  switch (edit.kind) {
    case 'move':
      return moved(entries, edit.id, edit.direction);
    case 'remove':
      return entries.filter((entry) => entry.id !== edit.id);
    case 'listened':
      return entries.map((entry) => (entry.id === edit.id ? { ...entry, listened: edit.listened } : entry));
    case 'clear-listened':
      return entries.filter((entry) => !entry.listened);
    case 'position':
      return entries.map((entry) => (entry.id === edit.id ? { ...entry, position: edit.position } : entry));
  }
}

function moved(entries: readonly QueueEntry[], id: string, direction: -1 | 1): QueueEntry[] {
  const next = [...entries];
  const from = next.findIndex((entry) => entry.id === id);
  const to = from + direction;
  if (from === -1 || to < 0 || to >= next.length) return next;
  const [entry] = next.splice(from, 1);
  if (entry) next.splice(to, 0, entry);
  return next;
}

/** The first entry not yet listened to after `id` (or from the start when `id` is null). */
export function nextUnlistened(entries: readonly QueueEntry[], id: string | null): QueueEntry | null {
  const from = id === null ? 0 : entries.findIndex((entry) => entry.id === id) + 1;
  return entries.slice(Math.max(0, from)).find((entry) => !entry.listened) ?? null;
}

/** The entry before or after `id`, listened or not (the user asked for it). */
export function neighbour(entries: readonly QueueEntry[], id: string, direction: -1 | 1): QueueEntry | null {
  const index = entries.findIndex((entry) => entry.id === id);
  return index === -1 ? null : (entries[index + direction] ?? null);
}
