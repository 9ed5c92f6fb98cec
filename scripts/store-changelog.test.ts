import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';
import { changelogProblem, changelogSection } from './store-changelog';

const ROOT = resolve(import.meta.dirname, '..');

const SAMPLE = `# Changelog

## [Unreleased]

## [1.2.0] - 2027-01-15

### Added

- Something new.

## [1.1.10] - 2026-12-20

### Fixed

- Something broken.
`;

describe('changelogSection', () => {
  it('returns the notes of that version only, up to the next section', () => {
    expect(changelogSection(SAMPLE, '1.2.0')).toBe('### Added\n\n- Something new.');
    expect(changelogSection(SAMPLE, '1.1.10')).toBe('### Fixed\n\n- Something broken.');
  });

  it('needs the exact version and a date', () => {
    expect(changelogSection(SAMPLE, '1.1.1')).toBeNull();
    expect(changelogSection(SAMPLE, '1x2x0')).toBeNull();
    expect(changelogSection('## [2.0.0]\n\n- x\n', '2.0.0')).toBeNull();
  });
});

describe('changelogProblem', () => {
  it('lets a version with dated notes through and stops one without', () => {
    expect(changelogProblem(SAMPLE, '1.2.0')).toBeNull();
    expect(changelogProblem(SAMPLE, '1.3.0')).toContain('## [1.3.0] - YYYY-MM-DD');
    expect(changelogProblem('## [1.3.0] - 2027-02-01\n\n### Added\n', '1.3.0')).toContain('lists no change');
  });
});

describe('the project', () => {
  it('keeps a Keep a Changelog file with an Unreleased section', async () => {
    const changelog = await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog$/m);
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });

  it("takes the manifest's version from package.json (nothing in wxt.config.ts overrides it), and npm version checks the changelog", async () => {
    const manifest = (config.manifest as (env: Record<string, unknown>) => Record<string, unknown>)({
      mode: 'production',
      browser: 'chrome',
      manifestVersion: 3,
      command: 'build',
    });
    expect(manifest).not.toHaveProperty('version');
    expect(manifest).not.toHaveProperty('version_name');
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts['version']).toContain('scripts/store-changelog.ts');
  });
});
