/**
 * The store builds: what the manifests ask for, that the e2e hook exists only in
 * the e2e build, and that Firefox's linter (AMO's) finds no error, warning or notice.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  E2E_HOST_PERMISSIONS,
  EXTENSION_PAGES_CSP,
  EXTRACT_FRAME_FILE,
  GECKO_ID,
  MINIMUM_CHROME_VERSION,
  MINIMUM_FIREFOX_VERSION,
  PERMISSIONS,
  SIDE_PANEL_PERMISSION,
} from '../../wxt.config';
import { frameScript } from '../../bench/size.bench';
import { REPO_ROOT } from './support/browser';

const run = promisify(execFile);
const BROWSERS = ['chrome', 'firefox', 'edge'] as const;
type Manifest = Record<string, unknown> & { permissions?: string[] };

const outDir = (browser: string) => join(REPO_ROOT, '.output', `${browser}-mv3`);
const readManifest = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const manifests = new Map<string, Manifest>();

/**
 * The mode of every `attachShadow` in a bundle, resolving a minified constant
 * (`attachShadow({mode:As})` … `As="open"`) to its string.
 */
function shadowModes(code: string): string[] {
  return [...code.matchAll(/attachShadow\(\{\s*mode:\s*([\w$]+|["'][a-z]+["'])\s*\}\)/g)].map(([, mode = '']) => {
    if (/^["']/.test(mode)) return mode.slice(1, -1);
    const name = mode.replace(/\$/g, '\\$');
    return new RegExp(`(?:^|[^\\w$])${name}\\s*=\\s*["']([a-z]+)["']`).exec(code)?.[1] ?? `unresolved ${mode}`;
  });
}

/** The e2e build's marker on the reader's host (entrypoints/reader.content/reader-host.ts). */
const E2E_HOST_MARKER = 'data-lector-e2e-host';

beforeAll(async () => {
  for (const browser of BROWSERS) {
    await run('npx', ['wxt', 'build', '-b', browser], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
    manifests.set(browser, await readManifest(outDir(browser)));
  }
}, 240_000);

describe.each(BROWSERS)('%s production manifest', (browser) => {
  it('asks for activeTab, scripting, storage and contextMenus only (and sidePanel in Chromium), and no host access', () => {
    const manifest = manifests.get(browser)!;
    expect(manifest.manifest_version).toBe(3);
    // The listening queue's panel: Chromium's `sidePanel` (no install warning); Firefox's sidebar needs no permission.
    const expected = browser === 'firefox' ? PERMISSIONS : [...PERMISSIONS, SIDE_PANEL_PERMISSION];
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...expected].sort());
    if (browser === 'firefox') {
      expect(manifest.sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: '__MSG_queuePanelTitle__', open_at_install: false });
    } else {
      expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    }
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    // Nothing runs on pages by itself, and the only file a page may load is the extraction frame.
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: [EXTRACT_FRAME_FILE],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ]);
    if (browser !== 'firefox') expect(manifest.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
  });

  it('injects only the reader UI: the extraction libraries load in the extraction frame', async () => {
    const dir = outDir(browser);
    const reader = await readFile(join(dir, 'content-scripts/reader.js'), 'utf8');
    // Throws when extract-frame.html names no extract-frame chunk.
    const frame = await readFile(join(dir, await frameScript(dir)), 'utf8');
    // Readability's scoring regexps, DOMPurify's version banner, a clutter label from the declutter catalogue (rule
    // names are no marker: the reader has them, to say why each removal went).
    // The in-page fallback, injected only where the frame cannot load, carries them too.
    const fallback = await readFile(join(dir, 'extractor.js'), 'utf8');
    for (const marker of ['unlikelyCandidates', 'DOMPurify', 'story continues below advertisement']) {
      expect(frame, marker).toContain(marker);
      expect(fallback, marker).toContain(marker);
      expect(reader, marker).not.toContain(marker);
    }
  });

  it('has a strict CSP, localized strings, icons and the toggle command', async () => {
    const manifest = manifests.get(browser)!;
    expect(manifest.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    expect(manifest.commands).toEqual({
      'toggle-reader': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggleReader__' },
      'add-to-queue': { suggested_key: { default: 'Alt+Shift+Q' }, description: '__MSG_commandAddToQueue__' },
      'open-queue': { description: '__MSG_commandOpenQueue__' },
    });
    const locales = await readdir(join(outDir(browser), '_locales'));
    expect(locales.sort()).toEqual(['de', 'en', 'es', 'fr']);
    // The reader is a file the background injects on demand.
    const files = (await filesUnder(outDir(browser))).map((file) => relative(outDir(browser), file));
    expect(files).toContain('content-scripts/reader.js');
  });

  it('closes every shadow root the reader makes and marks no host for tests', async () => {
    const reader = await readFile(join(outDir(browser), 'content-scripts/reader.js'), 'utf8');
    const modes = shadowModes(reader);
    // The reader's host and the extraction frame's host.
    expect(modes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(modes)).toEqual(new Set(['closed']));
    expect(reader).not.toContain(E2E_HOST_MARKER);
  });

  it('contains no trace of the e2e hook', async () => {
    for (const file of await filesUnder(outDir(browser))) {
      if (!/\.(js|html|json)$/.test(file)) continue;
      expect(await readFile(file, 'utf8'), file).not.toContain('lectorE2E');
    }
  });
});

describe('Firefox specifics', () => {
  it('names the add-on and declares that it collects no data', () => {
    expect(manifests.get('firefox')?.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: MINIMUM_FIREFOX_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: MINIMUM_FIREFOX_VERSION },
    });
    expect(manifests.get('firefox')?.background).toEqual({ scripts: ['background.js'] });
  });

  it('passes web-ext lint with 0 errors, 0 warnings and 0 notices', async () => {
    const { stdout } = await run(
      'npx',
      ['web-ext', 'lint', '--source-dir', outDir('firefox'), '--output', 'json', '--no-config-discovery'],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: Array<{ code: string; message: string; file?: string }>;
      warnings: Array<{ code: string; message: string; file?: string }>;
      notices: Array<{ code: string; message: string; file?: string }>;
    };
    const described = (messages: typeof report.errors) => messages.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`);
    // The bundled libraries' innerHTML writes are removed at install (scripts/patch-libraries.mjs),
    // not disguised: a warning here means a new raw-HTML sink, ours or a library's.
    expect(described(report.errors)).toEqual([]);
    expect(described(report.warnings)).toEqual([]);
    expect(described(report.notices)).toEqual([]);
  }, 120_000);
});

describe('the e2e build', () => {
  it('opens the reader\u2019s shadow root and marks its host, so tests can look inside', async () => {
    const reader = await readFile(join(inject('lectorExtensionDir'), 'content-scripts/reader.js'), 'utf8');
    expect(shadowModes(reader)).toContain('open');
    expect(reader).toContain(E2E_HOST_MARKER);
  });

  it('differs from production only by fixture-host access, the test hook and the open shadow root', async () => {
    const e2eDir = inject('lectorExtensionDir');
    const { host_permissions: hosts, ...rest } = await readManifest(e2eDir);
    expect(hosts).toEqual(E2E_HOST_PERMISSIONS);
    expect(rest).toEqual(manifests.get('chrome'));
    expect(await readFile(join(e2eDir, 'background.js'), 'utf8')).toContain('lectorE2E');

    const production = (await filesUnder(outDir('chrome'))).map((file) => relative(outDir('chrome'), file)).sort();
    const e2e = (await filesUnder(e2eDir)).map((file) => relative(e2eDir, file)).sort();
    expect(e2e).toEqual(production);
  });
});
