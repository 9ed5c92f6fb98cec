import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countStartTags, cutBeforeStartTag, PageTooLargeError, readPage, readPageStart } from './read-input';

const scratch = mkdtempSync(join(tmpdir(), 'lector-read-'));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('readPageStart', () => {
  const html = '<p>The pier reopens in spring.</p>'.repeat(1_000); // 33,000 bytes

  it('gives a small file whole, as readPage does, and says nothing was cut', async () => {
    const file = join(scratch, 'small.html');
    writeFileSync(file, html);
    expect(await readPageStart(file, 100_000)).toEqual({ bytes: expect.anything(), cut: false });
    expect(text((await readPageStart(file, 100_000)).bytes)).toBe(html);
  });

  it('gives the first bytes of a file over the cap, where readPage refuses it', async () => {
    const file = join(scratch, 'large.html');
    writeFileSync(file, html);
    await expect(readPage(file, 10_000)).rejects.toBeInstanceOf(PageTooLargeError);
    const { bytes, cut } = await readPageStart(file, 10_000);
    expect(cut).toBe(true);
    expect(text(bytes)).toBe(html.slice(0, 10_000));
  });

  it('unpacks a gzip bomb only as far as the cap, and a small gzip file whole', async () => {
    const bomb = join(scratch, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.from(html.repeat(200)))); // 6.6 MB unpacked
    const { bytes, cut } = await readPageStart(bomb, 10_000);
    expect(cut).toBe(true);
    expect(text(bytes)).toBe(html.slice(0, 10_000));
    const small = join(scratch, 'small.html.gz');
    writeFileSync(small, gzipSync(Buffer.from(html)));
    expect(await readPageStart(small, 100_000)).toEqual({ bytes: Buffer.from(html), cut: false });
  });

  it('reads what a gzip file cut short by the cap unpacks to', async () => {
    // Random text barely compresses, so the packed file is itself over the cap.
    let noise = '';
    for (let i = 0; i < 60_000; i++) noise += String.fromCharCode(97 + ((i * 7919) % 26) ^ (i % 7));
    const file = join(scratch, 'noise.html.gz');
    writeFileSync(file, gzipSync(Buffer.from(noise), { level: 0 }));
    const { bytes, cut } = await readPageStart(file, 20_000);
    expect(cut).toBe(true);
    expect(bytes.length).toBeGreaterThan(15_000);
    expect(text(bytes)).toBe(noise.slice(0, bytes.length));
  });
});

describe('cutBeforeStartTag', () => {
  it('keeps the bytes before the start tag past the count, and all of a page under it', () => {
    const bytes = Buffer.from('<p>a</p><P>b</p>< c<br><!-- d --><i>e</i>');
    expect(countStartTags(bytes)).toBe(4);
    expect(text(cutBeforeStartTag(bytes, 2))).toBe('<p>a</p><P>b</p>< c');
    expect(text(cutBeforeStartTag(bytes, 4))).toBe(text(bytes));
  });
});
