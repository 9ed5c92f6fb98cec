import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

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

/** Reads a page from a path (or stdin for "-"); gzip-compressed files are inflated, as corpora ship them. */
export async function readPage(file: string, maxBytes = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const bytes = file === '-' ? await readStdin(maxBytes) : await readCapped(file, maxBytes);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PageTooLargeError('unpacked');
      throw error;
    }
  }
  return bytes;
}

async function readCapped(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stats.size > maxBytes) throw new PageTooLargeError('file');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if ((length += (chunk as Buffer).length) > maxBytes) throw new PageTooLargeError('file');
  }
  return Buffer.concat(chunks);
}

/** Start tags in raw HTML bytes ("<" then a letter): a bound on the elements a parser would build. */
export function countStartTags(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x3c) {
      const next = bytes[i + 1]! | 0x20; // ASCII lower case
      if (next >= 0x61 && next <= 0x7a) count++;
    }
  }
  return count;
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
