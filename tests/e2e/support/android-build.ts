/**
 * The Firefox build as Firefox for Android sees it. Android ignores the manifest's `commands` and
 * `sidebar_action` and has no `contextMenus`, so there `browser.commands`, `browser.sidebarAction` and
 * `browser.contextMenus` do not exist. Firefox ESR on desktop cannot pretend to be Android, but it leaves a
 * namespace undefined when the manifest does not ask for it: this copy of the build without those keys and that
 * permission gives the background the same API surface as Android does.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What Firefox for Android leaves out of the manifest Lector ships. */
export const ANDROID_MISSING_KEYS = ['commands', 'sidebar_action'] as const;
export const ANDROID_MISSING_PERMISSIONS = ['contextMenus'] as const;

type Manifest = Record<string, unknown> & { permissions?: string[] };

export function androidManifest(manifest: Manifest): Manifest {
  const copy: Manifest = { ...manifest };
  for (const key of ANDROID_MISSING_KEYS) delete copy[key];
  copy.permissions = (manifest.permissions ?? []).filter((name) => !(ANDROID_MISSING_PERMISSIONS as readonly string[]).includes(name));
  return copy;
}

/** Copies the build at `built` beside it (`…-android`) with the Android manifest; returns the copy's folder. */
export async function androidVariant(built: string): Promise<string> {
  const target = `${built}-android`;
  await rm(target, { recursive: true, force: true });
  await cp(built, target, { recursive: true });
  const manifest = JSON.parse(await readFile(join(built, 'manifest.json'), 'utf8')) as Manifest;
  await writeFile(join(target, 'manifest.json'), JSON.stringify(androidManifest(manifest), null, 2));
  return target;
}
