import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { ADD_TO_QUEUE_COMMAND, EXTRACT_FRAME_PATH, OPEN_QUEUE_COMMAND, TOGGLE_COMMAND } from './messaging/protocol';

/**
 * The e2e build (`wxt build --mode e2e`) differs from production in exactly three
 * ways: host access to the local fixture server (automation can never grant
 * `activeTab`, which needs a real gesture), the `globalThis.lectorE2E` hook in
 * the background (see entrypoints/background/e2e-hooks.ts), and an open, marked
 * reader shadow root (entrypoints/reader.content/reader-host.ts).
 */
export const E2E_MODE = 'e2e';
export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];

export const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];
/**
 * The side panel (entrypoints/sidepanel) adds `sidePanel` in Chrome and Edge, which WXT writes itself with
 * `side_panel`; it shows no install warning. Firefox's `sidebar_action` needs no permission.
 */
export const SIDE_PANEL_PERMISSION = 'sidePanel';

/**
 * Extension pages load only their own files: no remote scripts, no remote
 * fetches, no plugins, no form posts. No `base-uri` limit: the extraction frame
 * gives its inert copy of a page the page's own <base>, so that links and
 * images keep their addresses (the copy inherits this policy); with scripts
 * only from 'self', a base elsewhere could not bring code in. `media-src data:`: the media keys' silence
 * (components/reader/media-keys.ts) is a data: address, also in the queue panel.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; form-action 'none'; img-src 'self' data:; media-src 'self' data:";

/**
 * `npm run dev` only: extension pages load their scripts, styles (inline, from
 * Vite), fonts and images from WXT's dev server and reload through its
 * websocket, all of which `default-src 'self'` would refuse. Never in a build.
 * (WXT adds its server to `script-src` itself, but only that directive.)
 */
// Any port: WXT moves to 3001… when 3000 is taken.
const DEV_SERVER = 'http://localhost:*';
export const DEV_EXTENSION_PAGES_CSP =
  `default-src 'self' ${DEV_SERVER}; script-src 'self' ${DEV_SERVER}; object-src 'none'; form-action 'none'; ` +
  `img-src 'self' data: ${DEV_SERVER}; media-src 'self' data:; style-src 'self' 'unsafe-inline' ${DEV_SERVER}; connect-src 'self' ws://localhost:* ${DEV_SERVER}`;

/**
 * The extraction frame (entrypoints/extract-frame) is the one file pages may
 * load, and only inside the reader. Chrome's `use_dynamic_url` gives it an
 * address that changes every session, so a page cannot probe for Lector by a
 * fixed URL; Firefox's addresses are already random per install.
 */
export const EXTRACT_FRAME_FILE = EXTRACT_FRAME_PATH.slice(1);

/**
 * The reader shows the article with the browser's HTML sanitizer (`setHTML`),
 * which Chrome ships from 146 and Firefox from 148.
 */
export const MINIMUM_CHROME_VERSION = '146';
export const MINIMUM_FIREFOX_VERSION = '148.0';

/** AMO identity; a GUID so it claims no domain. */
export const GECKO_ID = '{6f0d3f7e-3c5b-4f0e-9a4e-2d7c1b8a5e41}';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // One manifest version everywhere: Firefox MV3 has `action` and `scripting`,
  // so the background needs no MV2 branch.
  manifestVersion: 3,
  // `.output/{browser}-mv3` for production, `.output/chrome-mv3-e2e` for e2e.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, mode, command }) => ({
    name: '__MSG_extName__',
    short_name: 'Lector',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    ...(mode === E2E_MODE ? { host_permissions: E2E_HOST_PERMISSIONS } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleReader__',
      },
      [ADD_TO_QUEUE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandAddToQueue__',
      },
      // No suggested key: Chromium assigns at most four, and a free chord is rare. Set one on the shortcuts page.
      [OPEN_QUEUE_COMMAND]: { description: '__MSG_commandOpenQueue__' },
    },
    content_security_policy: {
      extension_pages: command === 'serve' ? DEV_EXTENSION_PAGES_CSP : EXTENSION_PAGES_CSP,
    },
    web_accessible_resources: [
      {
        resources: [EXTRACT_FRAME_FILE],
        matches: ['<all_urls>'],
        // Firefox does not know the key and would warn about it.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: MINIMUM_FIREFOX_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: MINIMUM_FIREFOX_VERSION },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT always writes `content_scripts`, even when every script is injected at
    // runtime; an empty list is noise in the store review.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  zip: {
    // The sources zip AMO asks for: everything needed to rebuild, nothing built.
    excludeSources: ['.output/**', 'tests/artifacts/**', 'coverage/**', '**/*.log', 'store/screenshots/**'],
  },
  // `npm run dev` opens a browser with Lector loaded. Debian's Chromium lives at /usr/bin/chromium,
  // where the launcher may not look; as root (containers, CI boxes) Chromium refuses to start without
  // --no-sandbox.
  webExt: {
    ...(existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium', edge: '/usr/bin/chromium' } } : {}),
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
