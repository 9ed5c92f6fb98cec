import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const jsx = { jsx: 'automatic', jsxImportSource: 'preact' } as const;

export default defineConfig({
  esbuild: jsx,
  // WXT's plugin: `wxt/browser` and the `browser`/`chrome` globals are WXT's fakeBrowser in unit tests.
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          // Unit tests sit beside their modules; tests/ holds e2e tests, fixtures and shared support.
          include: ['**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**', '.output/**', '.wxt/**'],
          environment: 'node',
          // In jsdom files only: a stand-in for the browser's Element.setHTML.
          setupFiles: ['tests/support/set-html.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Real built extension (and real speech) in Debian's Chromium; see README "Testing".
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One browser at a time, and only after the unit project: real speech runs in real time
          // and a loaded 2-core machine makes it late.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
