/**
 * The store texts within each store's limits, in every language the extension ships, in step with the manifest's
 * own name and description; and a justification for every permission any build asks for, consistent with
 * PRIVACY.md. A permission added to wxt.config.ts without a justification here fails.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { PERMISSIONS, SIDE_PANEL_PERMISSION } from '../wxt.config';
import { STORE_LANGUAGES, STORE_LIMITS } from './store-listing';
import { STORE_LISTINGS } from './store-listings';
import { AMO_DATA_COLLECTION, DATA_USAGE, PERMISSION_JUSTIFICATIONS, PRIVACY_POLICY_FILE, REMOTE_CODE } from './store-review';

const ROOT = resolve(import.meta.dirname, '..');
const STORE_BROWSERS = ['chrome', 'firefox', 'edge'] as const;

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 3; command: 'build' }) => Record<string, unknown>;
const productionManifest = (browser: string) =>
  (config.manifest as ManifestFn)({ mode: 'production', browser, manifestVersion: 3, command: 'build' });

/** What each store build asks for: the config's list, plus `sidePanel`, which WXT adds for Chromium's side panel. */
function requestedPermissions(browser: string): string[] {
  const manifest = productionManifest(browser);
  const listed = [...((manifest.permissions as string[] | undefined) ?? []), ...((manifest.optional_permissions as string[] | undefined) ?? [])];
  return browser === 'firefox' ? listed : [...listed, SIDE_PANEL_PERMISSION];
}

const messages = async (language: string): Promise<Record<string, { message: string }>> =>
  JSON.parse(await readFile(join(ROOT, 'public', '_locales', language, 'messages.json'), 'utf8'));

describe('store listings', () => {
  it('exist for every language the extension ships, and only those', async () => {
    const shipped = (await readdir(join(ROOT, 'public', '_locales'))).sort();
    expect([...STORE_LANGUAGES].sort()).toEqual(shipped);
    expect(Object.keys(STORE_LISTINGS).sort()).toEqual(shipped);
  });

  describe.each(STORE_LANGUAGES)('%s', (language) => {
    const listing = STORE_LISTINGS[language];

    it("uses the manifest's own name and description (the Chrome Web Store shows the manifest's)", async () => {
      const strings = await messages(language);
      expect(listing.name).toBe(strings['extName']?.message);
      expect(listing.short).toBe(strings['extDescription']?.message);
    });

    it("keeps within every store's limits", () => {
      expect(listing.name.length).toBeGreaterThan(0);
      expect(listing.name.length).toBeLessThanOrEqual(STORE_LIMITS.name);
      expect(listing.short.length).toBeLessThanOrEqual(STORE_LIMITS.short);
      expect(listing.summary.length).toBeLessThanOrEqual(STORE_LIMITS.summary);
      expect(listing.description.length).toBeGreaterThanOrEqual(STORE_LIMITS.descriptionMin);
      expect(listing.description.length).toBeLessThanOrEqual(STORE_LIMITS.descriptionMax);
      // The summary says more than the short description, not the same words again.
      expect(listing.summary).not.toBe(listing.short);
    });

    it('is plain text: no markup, no stray whitespace, no unfilled placeholder', () => {
      for (const text of [listing.name, listing.short, listing.summary, listing.description]) {
        expect(text).not.toMatch(/<[a-z/]|\*\*|__MSG_|\$\d/i);
        expect(text).not.toMatch(/TODO|FIXME/);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/ {2}|\n{3}/);
      }
    });

    it('says a page is read only when asked (activeTab) and names the shortcut with that language\u2019s key names', () => {
      expect(listing.description).toContain('activeTab');
      expect(listing.description).toMatch(/Alt\+(Shift|Maj|Mayús|Umschalt)\+L/);
    });
  });
});

describe('review answers', () => {
  it.each(STORE_BROWSERS)('justify every permission the %s build asks for; it asks for no host access', (browser) => {
    const requested = requestedPermissions(browser);
    for (const permission of requested) {
      expect(PERMISSION_JUSTIFICATIONS[permission], `no justification for ${permission}`).toMatch(/\w.{40,}/);
    }
    expect(productionManifest(browser)).not.toHaveProperty('host_permissions');
  });

  it('justify only permissions some build asks for', () => {
    const requested = new Set(STORE_BROWSERS.flatMap(requestedPermissions));
    expect(Object.keys(PERMISSION_JUSTIFICATIONS).filter((permission) => !requested.has(permission))).toEqual([]);
    expect(new Set(requested)).toEqual(new Set([...PERMISSIONS, SIDE_PANEL_PERMISSION]));
  });

  it('agree with PRIVACY.md: every permission in its table, no data collected, no remote code', async () => {
    const privacy = await readFile(join(ROOT, PRIVACY_POLICY_FILE), 'utf8');
    for (const permission of Object.keys(PERMISSION_JUSTIFICATIONS)) expect(privacy).toContain(`| \`${permission}\``);
    expect(privacy).toContain('Lector makes no network requests');
    expect(privacy).toMatch(/no analytics, telemetry/);
    expect(DATA_USAGE.collected).toEqual([]);
    expect(REMOTE_CODE.uses).toBe(false);
  });

  it("agree with the Firefox manifest's data-collection declaration", () => {
    const gecko = (productionManifest('firefox').browser_specific_settings as { gecko: { data_collection_permissions: { required: string[] } } }).gecko;
    expect(gecko.data_collection_permissions.required).toEqual([...AMO_DATA_COLLECTION]);
  });
});
