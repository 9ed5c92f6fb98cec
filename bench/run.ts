/**
 * `npm run bench`: runs every bench/*.bench.ts, prints each section and writes
 * them all to bench/RESULTS.md with the date and machine they were measured on.
 * `npm run bench -- quality speed` runs only the named ones.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
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

if (only.length === 0) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
  const header = [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}). Re-run to refresh; every figure below is printed by the benchmark itself.`,
  ];
  const body = sections.flatMap((section) => ['', `## ${section.title}`, '', ...section.lines]);
  writeFileSync(join(dir, 'RESULTS.md'), `${[...header, ...body].join('\n')}\n`);
  process.stderr.write('bench: wrote bench/RESULTS.md\n');
}
