import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Reads a page from a path (or stdin for "-"); gzip-compressed files are inflated, as corpora ship them. */
export async function readPage(file: string): Promise<Uint8Array> {
  const bytes = file === '-' ? await readStdin() : await readFile(file);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes);
  return bytes;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** "ENOENT: no such file…" → "no such file or directory". */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    default: return error instanceof Error ? error.message : String(error);
  }
}
