import { open } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';

/**
 * The most bytes of HTML the CLI reads, packed or not: jsdom holds a parsed page
 * in about 100 times its size (a 20 MB page of paragraphs took 2.2 GB), and the
 * largest page of the public corpora is 1.6 MB. Over it, the page is refused
 * rather than the process running out of memory; a gzip bomb stops here too.
 */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** A page over MAX_PAGE_BYTES (packed or unpacked): the CLI reports it as too large, not as unreadable. */
export class PageTooLargeError extends Error {
  constructor(readonly what: 'file' | 'unpacked') {
    super(`${what === 'file' ? 'larger than' : 'unpacks to more than'} ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
    this.name = 'PageTooLargeError';
  }
}

/**
 * The most bytes `--first-part` parses: jsdom takes about 100 times a page's size,
 * so 2 MB stays well inside the worker's 1 GB heap and 60 s budget.
 */
export const FIRST_PART_BYTES = 2 * 1024 * 1024;

/** Reads a page from a path (or stdin for "-"); gzip-compressed files are inflated, as corpora ship them. */
export async function readPage(file: string, maxBytes = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const bytes = file === '-' ? await readStdin(maxBytes) : await readCapped(file, maxBytes);
  return inflateCapped(bytes, maxBytes);
}

/**
 * The first `maxBytes` of a page (unpacked), however large the file or what it unpacks to,
 * and whether anything was left out: for `--first-part`. Never reads more than that of the file.
 */
export async function readPageStart(file: string, maxBytes = FIRST_PART_BYTES): Promise<{ bytes: Uint8Array; cut: boolean }> {
  // Packed data is never much smaller than what it unpacks to would need: gzip's worst case adds 5 bytes per 64 kB.
  const raw = file === '-' ? await readStdin(maxBytes, true) : await readCapped(file, maxBytes, true);
  if (!isGzip(raw.bytes)) return raw;
  const chunks: Buffer[] = [];
  let length = 0;
  const gunzip = createGunzip();
  gunzip.end(raw.bytes);
  try {
    for await (const chunk of gunzip) {
      chunks.push(chunk as Buffer);
      if ((length += (chunk as Buffer).length) > maxBytes) {
        gunzip.destroy();
        return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), cut: true };
      }
    }
  } catch (error) {
    // A stream cut short by the read above ends early; anything else is damaged data.
    if (!raw.cut || (error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
    return { bytes: Buffer.concat(chunks), cut: true };
  }
  return { bytes: Buffer.concat(chunks), cut: raw.cut };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function inflateCapped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (isGzip(bytes)) {
    try {
      return gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PageTooLargeError('unpacked');
      throw error;
    }
  }
  return bytes;
}

async function readCapped(file: string, maxBytes: number): Promise<Uint8Array>;
async function readCapped(file: string, maxBytes: number, cut: true): Promise<{ bytes: Uint8Array; cut: boolean }>;
async function readCapped(file: string, maxBytes: number, cut = false): Promise<Uint8Array | { bytes: Uint8Array; cut: boolean }> {
  const handle = await open(file, 'r');
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!cut) {
      if (stats.size > maxBytes) throw new PageTooLargeError('file');
      return await handle.readFile();
    }
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { bytes: buffer.subarray(0, bytesRead), cut: stats.size > maxBytes };
  } finally {
    await handle.close();
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array>;
async function readStdin(maxBytes: number, cut: true): Promise<{ bytes: Uint8Array; cut: boolean }>;
async function readStdin(maxBytes: number, cut = false): Promise<Uint8Array | { bytes: Uint8Array; cut: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if ((length += (chunk as Buffer).length) > maxBytes) {
      if (!cut) throw new PageTooLargeError('file');
      return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), cut: true };
    }
  }
  return cut ? { bytes: Buffer.concat(chunks), cut: false } : Buffer.concat(chunks);
}

/** Start tags in raw HTML bytes ("<" then a letter): a bound on the elements a parser would build. */
export function countStartTags(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length - 1; i++) if (isStartTag(bytes, i)) count++;
  return count;
}

/** The bytes before the start tag numbered `maxTags` + 1 (all of them when there are fewer). */
export function cutBeforeStartTag(bytes: Uint8Array, maxTags: number): Uint8Array {
  let count = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (isStartTag(bytes, i) && ++count > maxTags) return bytes.subarray(0, i);
  }
  return bytes;
}

function isStartTag(bytes: Uint8Array, i: number): boolean {
  if (bytes[i] !== 0x3c) return false;
  const next = bytes[i + 1]! | 0x20; // ASCII lower case
  return next >= 0x61 && next <= 0x7a;
}

/** "ENOENT: no such file…" → "no such file or directory". */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'Z_DATA_ERROR': case 'Z_BUF_ERROR': return 'damaged gzip data';
    default: return error instanceof Error ? error.message : String(error);
  }
}
