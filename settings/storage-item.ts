/**
 * Typed, versioned items over `browser.storage`: the one storage layer of the
 * reader, the panel, the options page and the background. It replaces
 * @wxt-dev/storage (7.7 kB of the injected script, issue #16) and keeps its
 * stored format, so that existing users' settings read back as they were: a
 * value under its bare key ("sync:theme" is `theme` in storage.sync) and the
 * item's version under the key plus `$` (`{ v: 2 }`), written with an item's
 * first value when it has migrations, or by a migration.
 */
// What @wxt-dev/storage used, rather than `wxt/browser`: in unit tests WXT maps that to `wxt/testing`, which loads
// esbuild, and esbuild refuses jsdom's TextEncoder, so every component test that reached the settings failed to load.
// Both are the same object at run time, and WXT's test setup puts its fake browser where this one looks.
import { browser } from '@wxt-dev/browser';

export type StorageArea = 'local' | 'sync';
export type StorageKey = `${StorageArea}:${string}`;

export interface StorageItem<T> {
  readonly key: StorageKey;
  readonly fallback: T;
  /** The stored value, or the fallback; after the item's migrations ran. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** `removeMeta` also drops the version mark (forgetting everything of the item). */
  removeValue(options?: { removeMeta?: boolean }): Promise<void>;
  /** Calls `onChange` with the new value (the fallback once removed) when it really changed; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
  /** Brings a stored value of an older version up to this one (run once at definition when there are migrations). */
  migrate(): Promise<void>;
}

export interface ItemOptions<T> {
  fallback: T;
  /** 1 and up; a value stored without a version mark is version 1. */
  version?: number;
  /** Version → function turning a value of the version before into one of this version. */
  migrations?: Record<number, (value: never) => unknown>;
}

interface Split {
  area: StorageArea;
  name: string;
}

function split(key: StorageKey): Split {
  const colon = key.indexOf(':');
  return { area: key.slice(0, colon) as StorageArea, name: key.slice(colon + 1) };
}

const areaOf = (area: StorageArea) => browser.storage[area];

/** Keys grouped by their area, bare: one storage call per area. */
function namesByArea(keys: readonly StorageKey[]): Map<StorageArea, string[]> {
  const byArea = new Map<StorageArea, string[]>();
  for (const key of keys) {
    const { area, name } = split(key);
    byArea.set(area, [...(byArea.get(area) ?? []), name]);
  }
  return byArea;
}

async function read(area: StorageArea, names: string[]): Promise<Record<string, unknown>> {
  return (await areaOf(area).get(names)) as Record<string, unknown>;
}

/** The version mark's key, as @wxt-dev/storage names it. */
const metaName = (name: string) => `${name}$`;

/** A stored version mark as an object to extend (anything else stored there is replaced). */
function metaObject(meta: unknown): object {
  return typeof meta === 'object' && meta !== null ? meta : {};
}

function versionOf(meta: unknown): number | undefined {
  const v = typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** Deep equality of storable (JSON) values: storage may report a write of the same value as a change. */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameStoredValue((a as Record<string, unknown>)[key], bRecord[key]));
}

export function defineItem<T>(key: StorageKey, options: ItemOptions<T>): StorageItem<T> {
  const { area, name } = split(key);
  const target = options.version ?? 1;
  if (target < 1) throw new Error(`Storage item ${key}: versions start at 1`);
  const { migrations } = options;
  // Set when migrate() found nothing stored: the first value written is marked with today's version.
  let needsVersionMark = false;

  const migrate = async (): Promise<void> => {
    const stored = await read(area, [name, metaName(name)]);
    const value = stored[name];
    const meta = stored[metaName(name)];
    needsVersionMark = value == null && versionOf(meta) === undefined;
    if (value == null) return;
    const current = versionOf(meta) ?? 1;
    if (current > target) throw new Error(`Storage item ${key}: stored version ${current} is newer than ${target}`);
    if (current === target) return;
    let migrated: unknown = value;
    for (let version = current + 1; version <= target; version += 1) {
      migrated = (await migrations?.[version]?.(migrated as never)) ?? migrated;
    }
    await areaOf(area).set({ [name]: migrated, [metaName(name)]: { ...metaObject(meta), v: target } });
  };
  // A failed migration leaves the old value in place; readers check shapes (listening-queue.ts).
  const migrated = migrations
    ? migrate().catch((error: unknown) => console.error(`Lector: migrating ${key} failed`, error))
    : Promise.resolve();

  return {
    key,
    fallback: options.fallback,
    async getValue() {
      await migrated;
      return ((await read(area, [name]))[name] as T | undefined) ?? options.fallback;
    },
    async setValue(value) {
      await migrated;
      const entries: Record<string, unknown> = { [name]: value };
      if (needsVersionMark) {
        needsVersionMark = false;
        const meta = (await read(area, [metaName(name)]))[metaName(name)];
        entries[metaName(name)] = { ...metaObject(meta), v: target };
      }
      if (value == null) await areaOf(area).remove(name);
      else await areaOf(area).set(entries);
    },
    async removeValue(removal) {
      await migrated;
      await areaOf(area).remove(removal?.removeMeta ? [name, metaName(name)] : [name]);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[name];
        if (change === undefined || sameStoredValue(change.newValue, change.oldValue)) return;
        onChange((change.newValue as T | undefined) ?? options.fallback);
      };
      const changed = areaOf(area).onChanged;
      changed.addListener(listener);
      return () => changed.removeListener(listener);
    },
    migrate,
  };
}

/** The values of several items of one area in a single read (the reader's settings at open). */
export async function getValues<const Items extends readonly StorageItem<unknown>[]>(
  items: Items,
): Promise<{ [I in keyof Items]: Items[I] extends StorageItem<infer T> ? T : never }> {
  const byArea = namesByArea(items.map((item) => item.key));
  const results = new Map<StorageArea, Record<string, unknown>>();
  await Promise.all([...byArea].map(async ([area, names]) => results.set(area, await read(area, names))));
  // The mapped tuple type cannot be built element by element; each value is its item's T or its fallback.
  return items.map((item) => {
    const { area, name } = split(item.key);
    return results.get(area)?.[name] ?? item.fallback;
  }) as never;
}

/** Untyped values under keys made at run time (one queued article each). */
export async function getStored(key: StorageKey): Promise<unknown> {
  const { area, name } = split(key);
  return (await read(area, [name]))[name] ?? null;
}

export async function setStored(key: StorageKey, value: unknown): Promise<void> {
  const { area, name } = split(key);
  await areaOf(area).set({ [name]: value });
}

export async function removeStored(keys: StorageKey[]): Promise<void> {
  await Promise.all([...namesByArea(keys)].map(([area, names]) => areaOf(area).remove(names)));
}

/** Every key and value of an area, keys bare (without `local:`). */
export async function storedSnapshot(area: StorageArea): Promise<Record<string, unknown>> {
  return (await areaOf(area).get(null)) as Record<string, unknown>;
}
