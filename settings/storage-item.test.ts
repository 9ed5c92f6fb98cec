import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, getStored, getValues, removeStored, sameStoredValue, setStored, storedSnapshot } from './storage-item';

beforeEach(() => fakeBrowser.reset());

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const sync = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

describe('defineItem', () => {
  it('gives the fallback until a value is stored, then the value, under the bare key', async () => {
    const item = defineItem<number>('sync:fontSize', { fallback: 20, version: 1 });
    expect(await item.getValue()).toBe(20);
    await item.setValue(24);
    expect(await item.getValue()).toBe(24);
    // The format @wxt-dev/storage wrote: existing users' settings must read back.
    expect(await sync()).toEqual({ fontSize: 24 });
  });

  it('reads values stored by the earlier storage layer as they are', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'dark', 'theme$': { v: 1 } });
    expect(await defineItem<string>('sync:theme', { fallback: 'light' }).getValue()).toBe('dark');
  });

  it('marks the first value of an item with migrations with its version, so it is never migrated as an old one', async () => {
    const migration = vi.fn((value: never) => ({ wrapped: value }));
    const item = defineItem<{ entries: string[] }>('local:index', { fallback: { entries: [] }, version: 2, migrations: { 2: migration } });
    await item.setValue({ entries: ['a'] });
    expect(await local()).toEqual({ index: { entries: ['a'] }, index$: { v: 2 } });
    await defineItem('local:index', { fallback: { entries: [] }, version: 2, migrations: { 2: migration } }).migrate();
    expect(migration).not.toHaveBeenCalled();
  });

  it('migrates a value without a version mark (version 1) and marks it', async () => {
    await fakeBrowser.storage.local.set({ index: ['a', 'b'] });
    const item = defineItem<{ entries: string[] }>('local:index', {
      fallback: { entries: [] },
      version: 2,
      migrations: { 2: (value: string[]) => ({ entries: value }) },
    });
    expect(await item.getValue()).toEqual({ entries: ['a', 'b'] });
    expect((await local())['index$']).toEqual({ v: 2 });
  });

  it('leaves a value of a newer version alone (a newer Lector on another profile wrote it)', async () => {
    await fakeBrowser.storage.local.set({ index: { entries: ['x'], more: 1 }, index$: { v: 3 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const migration = vi.fn();
    const item = defineItem('local:index', { fallback: { entries: [] }, version: 2, migrations: { 2: migration } });
    expect(await item.getValue()).toEqual({ entries: ['x'], more: 1 });
    expect(migration).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('removes the value, and with removeMeta its version mark too', async () => {
    const item = defineItem<string[]>('local:list', { fallback: [], version: 2, migrations: {} });
    await item.setValue(['a']);
    await item.removeValue();
    expect(await local()).toEqual({ list$: { v: 2 } });
    await item.removeValue({ removeMeta: true });
    expect(await local()).toEqual({});
    expect(await item.getValue()).toEqual([]);
  });

  it('tells watchers of real changes only, with the fallback once removed', async () => {
    const item = defineItem<number>('sync:rate', { fallback: 1 });
    const seen: number[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.setValue(2);
    await fakeBrowser.storage.sync.set({ other: 5 });
    await item.removeValue();
    stop();
    await item.setValue(3);
    expect(seen).toEqual([2, 1]);
  });
});

describe('several values and run-time keys', () => {
  it('reads several items of both areas, each value or its fallback, in order', async () => {
    const a = defineItem<string>('sync:a', { fallback: 'A' });
    const b = defineItem<number>('local:b', { fallback: 0 });
    const c = defineItem<boolean>('sync:c', { fallback: true });
    await fakeBrowser.storage.sync.set({ c: false });
    await fakeBrowser.storage.local.set({ b: 7 });
    expect(await getValues([a, b, c])).toEqual(['A', 7, false]);
  });

  it('stores, reads, lists and removes values under keys made at run time', async () => {
    await setStored('local:queuedArticle:1', { title: 'One' });
    await setStored('local:queuedArticle:2', { title: 'Two' });
    expect(await getStored('local:queuedArticle:1')).toEqual({ title: 'One' });
    expect(await getStored('local:missing')).toBeNull();
    expect(Object.keys(await storedSnapshot('local')).sort()).toEqual(['queuedArticle:1', 'queuedArticle:2']);
    await removeStored(['local:queuedArticle:1', 'local:queuedArticle:2']);
    expect(await local()).toEqual({});
  });
});

describe('sameStoredValue', () => {
  it('compares JSON values deeply, whatever the key order', () => {
    expect(sameStoredValue({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true);
    expect(sameStoredValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameStoredValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameStoredValue([1], { 0: 1 })).toBe(false);
    expect(sameStoredValue(undefined, 1)).toBe(false);
    expect(sameStoredValue(null, null)).toBe(true);
  });
});
