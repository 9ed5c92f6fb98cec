/**
 * Memory on huge pages (issue #18), in Chromium: a 20 MB page is refused as too
 * large before it is copied to the extraction frame, and a page just under the
 * markup limit is read (or given up as too slow) with the extension's process
 * (which runs every tab's extraction frame) under 1 GB at its peak. The peak is
 * the kernel's high-water mark of that process's resident memory (VmHWM).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openReader, useExtensionSession } from './support/browser';
import { closeAndWait } from './support/overlay';

/** Unknown to Chromium, which keeps it on the browser process's command line: how this test finds its browser. */
const MARKER = `--lector-memory-probe=${process.pid}-${Date.now()}`;
const session = useExtensionSession({ newPagePerTest: true, launch: { args: [MARKER] } });

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function parentOf(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1] ?? '';
  } catch {
    return '';
  }
}

/** Peak resident memory (MB) of this browser's extension process: a descendant of the marked browser process. */
function extensionProcessPeakMb(): number {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  const browser = pids.find((pid) => commandLine(pid).includes(MARKER) && !commandLine(pid).includes('--type='));
  if (!browser) throw new Error('the test browser process was not found');
  const descends = (pid: string): boolean => {
    for (let at = pid, steps = 0; at && at !== '0' && steps < 10; at = parentOf(at), steps++) if (at === browser) return true;
    return false;
  };
  const extension = pids.filter((pid) => commandLine(pid).includes('--extension-process') && descends(pid));
  if (extension.length !== 1) throw new Error(`expected one extension process, found ${extension.length}`);
  const status = readFileSync(`/proc/${extension[0]}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

const PARAGRAPH = 'The harbour committee met again on Tuesday and agreed that the repairs to the old pier should begin in spring.';

/** Pages of about `mb` megabytes in the shapes of issue #18. */
const SHAPES: Record<string, (mb: number) => string> = {
  'small paragraphs': (mb) => '<p>A short line of text.</p>'.repeat(Math.round((mb * 1e6) / 26)),
  'plain paragraphs': (mb) => `<p>${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}</p>`.repeat(Math.round((mb * 1e6) / 341)),
  // Few elements and little text, much markup: what only the markup limit stops.
  'heavy attributes': (mb) => `<p data-tracking="${'x'.repeat(2_900)}">${PARAGRAPH}</p>`.repeat(Math.round((mb * 1e6) / 3_032)),
};

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>The harbour reports</title></head><body><article><h1>The harbour reports</h1>${body}</article></body></html>`;

async function openOn(path: string, html: string) {
  const { page: tab, server } = session;
  const url = `${server.origin}/generated/${path}`;
  // Made here, served from 127.0.0.1 like the fixtures.
  await tab.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 150_000 });
  const outcome = await openReader(tab);
  const peakMb = extensionProcessPeakMb();
  if (outcome.shown !== 'closed') await closeAndWait(tab);
  return { outcome, peakMb };
}

describe('memory on huge pages', () => {
  it.each(Object.keys(SHAPES))('refuses 20 MB of %s as too large, the extension process staying under 1 GB', async (shape) => {
    const html = page(SHAPES[shape]!(20));
    expect(html.length).toBeGreaterThan(19_000_000);
    const { outcome, peakMb } = await openOn(`${shape.replace(' ', '-')}-20.html`, html);
    console.log(`memory: 20 MB of ${shape}: ${JSON.stringify(outcome)}; extension process peak ${peakMb.toFixed(0)} MB`);
    expect(outcome).toMatchObject({ shown: 'no-article', code: 'too-large' });
    expect(peakMb).toBeLessThan(1024);
  }, 300_000);

  it('reads a 15 MB page under the markup limit, or gives it up as too slow, under 1 GB', async () => {
    const html = page(SHAPES['heavy attributes']!(15));
    expect(html.length).toBeLessThan(16_000_000);
    const { outcome, peakMb } = await openOn('heavy-attributes-15.html', html);
    console.log(`memory: 15 MB of heavy attributes: ${JSON.stringify(outcome)}; extension process peak ${peakMb.toFixed(0)} MB`);
    expect(['article', 'no-article']).toContain(outcome.shown);
    if (outcome.shown === 'no-article') expect(outcome.code).not.toBe('error');
    expect(peakMb).toBeLessThan(1024);
  }, 300_000);
});
