/**
 * The hosted-CI files say what the README says they do: CI runs .ci/run (the same steps as a local CI box) on every
 * push; a v* tag builds the store zips and the AMO sources zip with the project's own scripts. And no credential
 * is written in them: only `secrets.` references.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const workflow = (name: string) => readFile(join(ROOT, '.github', 'workflows', name), 'utf8');

describe('GitHub Actions workflows', () => {
  it('CI runs .ci/run on every push, on the Node.js the project is developed on', async () => {
    const ci = await workflow('ci.yml');
    expect(ci).toMatch(/^on:\n {2}push:/m);
    expect(ci).toMatch(/^\s+run: \.ci\/run$/m);
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toContain('20.19');
    expect(ci).toContain("node-version: '20.20'");
  });

  it('a v* tag checks the version and changelog, then builds and lints the zips with npm run zip', async () => {
    const release = await workflow('release.yml');
    expect(release).toMatch(/tags: \['v\*'\]/);
    expect(release).toContain('scripts/store-changelog.ts');
    expect(release).toMatch(/^\s+run: npm run zip$/m);
    expect(release).toContain('web-ext lint --source-dir .output/firefox-mv3');
    for (const zip of ['chrome', 'firefox', 'edge', 'sources']) expect(release).toContain(`*-${zip}.zip`);
  });

  it('holds no credential: every store secret comes from the repository secrets', async () => {
    const release = await workflow('release.yml');
    const assignments = [...release.matchAll(/^\s+((?:CHROME|FIREFOX|EDGE)_[A-Z_]+): (.*)$/gm)];
    expect(assignments.length).toBeGreaterThan(0);
    for (const [, name, value] of assignments) expect(value).toBe(`\${{ secrets.${name} }}`);
  });
});
