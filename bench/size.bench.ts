/**
 * Size of what users download: each store zip, Firefox's sources zip, and the
 * reader script injected into pages (raw and gzipped), measured on fresh
 * production builds (`wxt zip` per browser).
 *   npx tsx bench/size.bench.ts            # rebuild, then measure
 *   LECTOR_BENCH_REUSE=1 npx tsx bench/size.bench.ts   # measure existing .output zips
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { EXTRACT_FRAME_FILE } from '../wxt.config';

const root = join(import.meta.dirname, '..');
const output = join(root, '.output');
const BROWSERS = ['chrome', 'firefox', 'edge'] as const;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
/** The target for the script injected into pages. */
const INJECTED_TARGET_GZIP_KB = 45;

/** The extraction frame's script in a build, named in its HTML (the chunk name carries a hash). Also used by the build tests. */
export async function frameScript(dir: string): Promise<string> {
  const html = await readFile(join(dir, EXTRACT_FRAME_FILE), 'utf8');
  const src = /src="\/(chunks\/extract-frame-[\w-]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error(`${EXTRACT_FRAME_FILE} names no extract-frame chunk`);
  return src;
}

async function version(): Promise<string> {
  return (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

async function zipStores(): Promise<void> {
  for (const browser of BROWSERS) {
    await promisify(execFile)('npx', ['wxt', 'zip', '-b', browser], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  }
}

export default async function sizeBench(): Promise<{ title: string; lines: string[] }> {
  const v = await version();
  const zips = [...BROWSERS.map((browser) => `lector-${v}-${browser}.zip`), `lector-${v}-sources.zip`];
  const reuse = process.env.LECTOR_BENCH_REUSE === '1' && zips.every((zip) => existsSync(join(output, zip)));
  if (!reuse) await zipStores();

  const lines = ['| artifact | size | gzipped |', '| --- | ---: | ---: |'];
  for (const zip of zips) lines.push(`| \`${zip}\` | ${kB((await stat(join(output, zip))).size)} | — |`);
  const chrome = join(output, 'chrome-mv3');
  let injectedGzip = 0;
  for (const file of ['content-scripts/reader.js', await frameScript(chrome), 'extractor.js', 'background.js']) {
    const code = await readFile(join(chrome, file));
    const gzipped = gzipSync(code, { level: 9 }).length;
    if (file === 'content-scripts/reader.js') injectedGzip = gzipped;
    lines.push(`| \`${file}\` (Chrome build) | ${kB(code.length)} | ${kB(gzipped)} |`);
  }
  lines.push(
    '',
    `Production builds of Lector ${v}${reuse ? ' (existing zips reused)' : ', zipped fresh by this run'}. ` +
      '`content-scripts/reader.js` is what every open injects into a page, and only when the reader is opened: ' +
      'the Preact reader, its CSS, the speech engine and settings. ' +
      `Target for it: under ${INJECTED_TARGET_GZIP_KB} kB gzipped — ${injectedGzip / 1024 < INJECTED_TARGET_GZIP_KB ? 'met' : 'NOT met'}. ` +
      'Extraction (Readability, DOMPurify, the declutter rules) is the `extract-frame` chunk, which runs in a hidden ' +
      'extension frame and is loaded from the installed extension, never injected. `extractor.js` is ' +
      'the same extraction run in the page, injected as well (once per document) for a small page (at most 800 ' +
      'elements and 60,000 characters: skipping the frame\'s start-up is faster there), where the frame cannot load ' +
      '(a page served with CSP `sandbox`, or one that removes the frame), or when the user asks to hear the text of ' +
      'a page without an article (it holds the sentence segmenter, which the reader script therefore leaves out).',
  );
  return { title: 'Package size', lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, lines } = await sizeBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
