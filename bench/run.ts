/**
 * `npm run bench`: runs every bench/*.bench.ts, prints each section and writes
 * them all to bench/RESULTS.md with the date, machine and load they were
 * measured on. `npm run bench -- quality speed` runs only the named ones and
 * replaces only their sections.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchSection {
  title: string;
  lines: string[];
}

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.includes(file.replace('.bench.ts', '')))
  .sort();

const loadBefore = loadavg().map((n) => n.toFixed(1)).join(' / ');
const sections: BenchSection[] = [];
for (const file of files) {
  const started = performance.now();
  process.stderr.write(`bench: ${file}…\n`);
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchSection> };
  try {
    const section = await module.default();
    sections.push(section);
    console.log(`\n## ${section.title}\n\n${section.lines.join('\n')}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sections.push({ title: file, lines: [`Failed: ${message}`] });
    console.log(`\n## ${file}\n\nFailed: ${message}`);
    process.exitCode = 1;
  }
  process.stderr.write(`bench: ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const stamp = `Measured on ${new Date().toISOString().slice(0, 10)} (${machine}; load average before: ${loadBefore}).`;
const resultsFile = join(dir, 'RESULTS.md');
// A partial run (`npm run bench -- open-time`) replaces only its own sections, so figures taken on an idle
// machine at different times can all be kept; each section says when and under what load it was measured.
const kept = only.length > 0 && existsSync(resultsFile) ? splitSections(readFileSync(resultsFile, 'utf8')) : new Map<string, string[]>();
for (const section of sections) kept.set(section.title, ['', `_${stamp}_`, '', ...section.lines]);
const header = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (all sections) or `npm run bench -- <name>` (that section only). Every figure below is printed by the benchmark itself; each section says when it was measured.',
];
const body = [...kept].flatMap(([title, lines]) => ['', `## ${title}`, ...lines]);
writeFileSync(resultsFile, `${[...header, ...body].join('\n')}\n`);
process.stderr.write('bench: wrote bench/RESULTS.md\n');

/** RESULTS.md's sections by title, in order, each without its heading. */
function splitSections(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) found.set(heading[1]!, (current = []));
    else current?.push(line);
  }
  // The blank line before the next heading is written again with that heading: without this, each partial run
  // added one more to every kept section.
  for (const lines of found.values()) while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  // Sections written before each was stamped say so, rather than borrow a date they were not measured on.
  for (const lines of found.values()) {
    if (!lines.some((line) => line.startsWith('_Measured'))) lines.unshift('', '_Measured before sections were stamped (2026-12-03); not re-run since._');
  }
  return found;
}
