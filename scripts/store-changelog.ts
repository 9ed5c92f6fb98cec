/**
 * `npm version`'s check (the `version` lifecycle script, run after package.json has the new version and before npm
 * commits and tags it): CHANGELOG.md must have a dated section for that version, so no tag ships without its notes.
 * WXT writes package.json's version into every manifest, so this one number is the version in every store.
 * Usage: tsx scripts/store-changelog.ts [version] [--notes]   (version defaults to package.json's; --notes prints
 * the section, for the release's notes)
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The notes under `## [version] - YYYY-MM-DD`, or null when there is no such dated section. */
export function changelogSection(changelog: string, version: string): string | null {
  const escaped = version.replace(/[.+]/g, '\\$&');
  const heading = new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}[ \\t]*$`, 'm');
  const match = heading.exec(changelog);
  if (!match) return null;
  const rest = changelog.slice(match.index + match[0].length);
  const next = rest.search(/^## /m);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}

/** Why `version` cannot be released with this changelog, or null when it can. */
export function changelogProblem(changelog: string, version: string): string | null {
  const notes = changelogSection(changelog, version);
  if (notes === null) {
    return `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased notes under it, commit, and run npm version again.`;
  }
  if (!/^- /m.test(notes)) return `CHANGELOG.md's section for ${version} lists no change.`;
  return null;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const notes = args.includes('--notes');
  const version = args.find((arg) => !arg.startsWith('--')) ?? (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const changelog = await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const problem = changelogProblem(changelog, version);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  console.log(notes ? changelogSection(changelog, version) : `CHANGELOG.md has the notes for ${version}.`);
}
