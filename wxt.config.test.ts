import { describe, expect, it } from 'vitest';
import config, { DEV_EXTENSION_PAGES_CSP, E2E_HOST_PERMISSIONS, EXTENSION_PAGES_CSP, PERMISSIONS } from './wxt.config';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;
const manifestFor = (mode: string, browser = 'chrome', command: 'build' | 'serve' = 'build') =>
  (config.manifest as ManifestFn)({ mode, browser, manifestVersion: 3, command });

describe('manifest', () => {
  it('gives host access only in e2e mode', () => {
    const production = manifestFor('production');
    const { host_permissions: hosts, ...e2eRest } = manifestFor('e2e');
    expect(production).not.toHaveProperty('host_permissions');
    expect(hosts).toEqual(E2E_HOST_PERMISSIONS);
    expect(e2eRest).toEqual(production);
    expect(production.permissions).toEqual(PERMISSIONS);
  });

  it("lets extension pages reach WXT's dev server only under npm run dev", () => {
    const csp = (command: 'build' | 'serve') =>
      (manifestFor('development', 'chrome', command).content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp('build')).toBe(EXTENSION_PAGES_CSP);
    expect(csp('build')).not.toContain('localhost');
    expect(csp('serve')).toBe(DEV_EXTENSION_PAGES_CSP);
    expect(csp('serve')).toContain("object-src 'none'");
  });
});
