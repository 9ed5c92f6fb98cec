/**
 * Builds the e2e flavour of the extension once for the whole e2e run
 * (`wxt build --mode e2e` → .output/chrome-mv3-e2e, never the production
 * .output/chrome-mv3) and hands its path to the tests as `lectorExtensionDir`.
 * Set LECTOR_E2E_EXT to an existing build to skip the build.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    lectorExtensionDir: string;
  }
}

const repoRoot = resolve(import.meta.dirname, '../..');
export const E2E_BUILD_DIR = join(repoRoot, '.output', 'chrome-mv3-e2e');

export default async function setup(project: TestProject): Promise<void> {
  // A speech server left from earlier runs can stop answering (seen: one that ignored SIGTERM, and every Firefox
  // utterance then began and never ended). In CI it is ours to stop: each test's browser starts a fresh one.
  // (-f: the process name is cut to 15 characters, "speech-dispatch".)
  if (process.env.CI) await promisify(execFile)('pkill', ['-KILL', '-f', '^([^ ]*/)?speech-dispatcher( |$)']).catch(() => undefined);
  const reused = process.env.LECTOR_E2E_EXT;
  let extensionDir: string;
  if (reused && existsSync(join(reused, 'manifest.json'))) {
    extensionDir = resolve(reused);
  } else {
    await promisify(execFile)('npx', ['wxt', 'build', '--mode', 'e2e'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    extensionDir = E2E_BUILD_DIR;
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir} (expected manifest.json there).`);
  }
  process.env.LECTOR_E2E_EXT = extensionDir;
  project.provide('lectorExtensionDir', extensionDir);
}
