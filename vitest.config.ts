import { defineConfig } from 'vitest/config';

const jsx = { jsx: 'automatic', jsxImportSource: 'preact' } as const;

export default defineConfig({
  esbuild: jsx,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.{ts,tsx}', 'core/**/*.test.ts'],
          environment: 'node',
          // In jsdom files only: a stand-in for the browser's Element.setHTML.
          setupFiles: ['tests/unit/support/set-html.ts'],
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
