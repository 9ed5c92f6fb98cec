import { describe, expect, it } from 'vitest';
import { applyQueueEdit, neighbour, nextUnlistened } from './listening-queue-edits';
import type { QueueEntry } from './listening-queue-entry';

const entry = (id: string, listened = false): QueueEntry => ({
  id, addedAt: 0, url: `https://e.example/${id}`, title: id, siteName: null, readingMinutes: 1, bytes: 1, listened, position: null,
});
const ids = (entries: QueueEntry[]) => entries.map((e) => e.id);
const queue = [entry('a'), entry('b', true), entry('c')];

describe('queue edits', () => {
  it('move an entry one place, and not past either end', () => {
    expect(ids(applyQueueEdit(queue, { kind: 'move', id: 'c', direction: -1 }))).toEqual(['a', 'c', 'b']);
    expect(ids(applyQueueEdit(queue, { kind: 'move', id: 'a', direction: 1 }))).toEqual(['b', 'a', 'c']);
    expect(ids(applyQueueEdit(queue, { kind: 'move', id: 'a', direction: -1 }))).toEqual(['a', 'b', 'c']);
    expect(ids(applyQueueEdit(queue, { kind: 'move', id: 'c', direction: 1 }))).toEqual(['a', 'b', 'c']);
    expect(ids(applyQueueEdit(queue, { kind: 'move', id: 'zz', direction: 1 }))).toEqual(['a', 'b', 'c']);
    expect(ids(queue)).toEqual(['a', 'b', 'c']);
  });

  it('remove, mark listened, clear listened and keep a place', () => {
    expect(ids(applyQueueEdit(queue, { kind: 'remove', id: 'b' }))).toEqual(['a', 'c']);
    expect(applyQueueEdit(queue, { kind: 'listened', id: 'a', listened: true }).map((e) => e.listened)).toEqual([true, true, false]);
    expect(applyQueueEdit(queue, { kind: 'listened', id: 'b', listened: false }).map((e) => e.listened)).toEqual([false, false, false]);
    expect(ids(applyQueueEdit(queue, { kind: 'clear-listened' }))).toEqual(['a', 'c']);
    const placed = applyQueueEdit(queue, { kind: 'position', id: 'c', position: { block: 2, sentence: 9 } });
    expect(placed.map((e) => e.position)).toEqual([null, null, { block: 2, sentence: 9 }]);
  });

  it('find the next article not yet listened to, and the neighbours', () => {
    expect(nextUnlistened(queue, null)?.id).toBe('a');
    expect(nextUnlistened(queue, 'a')?.id).toBe('c');
    expect(nextUnlistened(queue, 'c')).toBeNull();
    expect(neighbour(queue, 'a', 1)?.id).toBe('b');
    expect(neighbour(queue, 'a', -1)).toBeNull();
    expect(neighbour(queue, 'missing', 1)).toBeNull();
  });
});
