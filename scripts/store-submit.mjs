#!/usr/bin/env node
/**
 * `npm run submit` (and `npm run submit:dry-run`): hands the zips `npm run zip` made for package.json's version to
 * `wxt submit` (publish-browser-extension), for the Chrome Web Store, Firefox Add-ons (with the sources zip) and
 * Edge Add-ons. The credentials come from the environment or an untracked `.env.submit` (see .env.submit.example);
 * none is in the repository. A store without its credentials is left out, so one store can be submitted alone.
 * Extra arguments go to `wxt submit` (e.g. --dry-run, which checks the credentials and uploads nothing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const zip = (suffix) => join('.output', `${name}-${version}-${suffix}.zip`);

// `wxt submit` reads .env.submit itself; read it here too, only to tell which stores are configured.
const fileEnv = existsSync(join(root, '.env.submit'))
  ? Object.fromEntries(
      readFileSync(join(root, '.env.submit'), 'utf8')
        .split('\n')
        .map((line) => /^\s*([A-Z0-9_]+)\s*=\s*(.*)$/.exec(line))
        .filter(Boolean)
        .map(([, key, value]) => [key, value.replace(/^["']|["']$/g, '')]),
    )
  : {};
const configured = (key) => Boolean(process.env[key] || fileEnv[key]);

const stores = [
  { store: 'chrome', id: 'CHROME_EXTENSION_ID', args: ['--chrome-zip', zip('chrome')] },
  { store: 'firefox', id: 'FIREFOX_EXTENSION_ID', args: ['--firefox-zip', zip('firefox'), '--firefox-sources-zip', zip('sources')] },
  { store: 'edge', id: 'EDGE_PRODUCT_ID', args: ['--edge-zip', zip('edge')] },
].filter(({ id }) => configured(id));

if (stores.length === 0) {
  console.error('No store is configured: copy .env.submit.example to .env.submit and fill it in (README, "Publishing").');
  process.exit(1);
}
const missing = stores.flatMap(({ args }) => args.filter((arg, i) => i % 2 === 1 && !existsSync(join(root, arg))));
if (missing.length > 0) {
  console.error(`Missing ${missing.join(', ')}: run npm run zip first (it builds version ${version}).`);
  process.exit(1);
}
console.log(`Submitting ${name} ${version} to ${stores.map(({ store }) => store).join(', ')}`);
const result = spawnSync('npx', ['wxt', 'submit', ...stores.flatMap(({ args }) => args), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
