import { describe, expect, it } from 'vitest';
import config, { E2E_HOST_PERMISSIONS, PERMISSIONS } from '../../../wxt.config';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;
const manifestFor = (mode: string, browser = 'chrome') =>
  (config.manifest as ManifestFn)({ mode, browser, manifestVersion: 3, command: 'build' });

describe('manifest', () => {
  it('gives host access only in e2e mode', () => {
    const production = manifestFor('production');
    const { host_permissions: hosts, ...e2eRest } = manifestFor('e2e');
    expect(production).not.toHaveProperty('host_permissions');
    expect(hosts).toEqual(E2E_HOST_PERMISSIONS);
    expect(e2eRest).toEqual(production);
    expect(production.permissions).toEqual(PERMISSIONS);
  });
});

