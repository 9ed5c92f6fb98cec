import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { extractOne, main, type JobRunner } from './lector';
import { runPageJob, type PageJob } from './page-job';
import { FIXTURES, fixture } from '../tests/support/dom';
import { hostileShapes } from '../tests/support/hostile-pages';

const SEED = `${FIXTURES}news/seed-article.html`;
// Each main() starts a worker thread that loads tsx, jsdom and the core again (cli/page-runner.ts):
// seconds on a loaded 2-core machine, past Vitest's default 5 s.
vi.setConfig({ testTimeout: 120_000 });
const run = promisify(execFile);

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const scratch = mkdtempSync(join(tmpdir(), 'lector-cli-'));
const notAnArticle = join(scratch, 'app-shell.html');
writeFileSync(notAnArticle, '<html><body><div id="app"></div><script>render(document.getElementById("app"))</script></body></html>');

describe('lector extract', () => {
  it('prints one JSON object for one file with --json', async () => {
    const { code, out } = await cli('extract', SEED, '--json', '--url', 'https://news.example/a');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    for (const key of ['title', 'byline', 'siteName', 'lang', 'dir', 'excerpt', 'wordCount', 'readingMinutes', 'text', 'html', 'headings', 'removed']) {
      expect(json).toHaveProperty(key);
    }
    expect(json.url).toBe('https://news.example/a');
    expect(json.text).not.toContain('Story continues below advertisement');
    expect(json.removed.length).toBeGreaterThan(0);
  });

  it('prints what the reader reads aloud with --utterances: title first, headings announced, image descriptions', async () => {
    const page = `${FIXTURES}overlay/pictures.html`;
    const { code, out } = await cli('extract', page, '--utterances');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe("Lighthouse keepers' logbooks go online");
    expect(lines).toContain('Image: A brass oil lamp on a workbench, its glass chimney removed');
    // A caption that became an image's alt is read once, as the caption.
    expect(lines.filter((line) => line.includes('the 1911 logbook'))).toEqual(['A page from the 1911 logbook, written during the February gale.']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(175);

    const seed = await cli('extract', `${FIXTURES}overlay/ice-houses.html`, '--utterances', '--json');
    expect(seed.code).toBe(0);
    const { title, utterances } = JSON.parse(seed.out) as { title: string; utterances: Array<{ text: string; kind: string; block: number; sentence: number }> };
    expect(utterances[0]).toEqual({ text: title, kind: 'title', block: -1, sentence: -1 });
    expect(utterances.some((u) => u.kind === 'heading' && u.text.startsWith('Heading: '))).toBe(true);
    expect(utterances.find((u) => u.kind === 'heading')).toMatchObject({ text: 'Heading: Why the cold used to be a problem' });
    const spoken = (await cli('extract', SEED, '--utterances')).out;
    expect(spoken).toContain('Image: Maj.-Gen. Peter Dawe at a podium');
    expect(spoken).not.toContain('Story continues below advertisement');
    expect((await cli('extract', SEED, '--utterances', '--markdown')).code).toBe(1);
  });

  it('prints one JSON line per file, each with its file, and errors as objects', async () => {
    const missing = join(scratch, 'missing.html');
    const { code, out, err } = await cli('extract', SEED, notAnArticle, missing, SEED, '--json');
    const lines = out.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([SEED, notAnArticle, missing, SEED]);
    expect(lines[0].title).toMatch(/^Canada focused on defeating ISIL/);
    expect(lines[1]).toMatchObject({ code: 'empty' });
    expect(lines[1].error).toMatch(/no text yet/);
    expect(lines[2].error).toMatch(/cannot read .*missing\.html: no such file/);
    expect(err).toMatch(/no article/);
    expect(code).toBe(1); // an unreadable file outranks a page without an article
  });

  it('exits 2 with a message on stderr when the page has no article', async () => {
    const { code, out, err } = await cli('extract', notAnArticle);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/app-shell\.html: no article: This page has no text yet/);
  });

  it('exits 1 with a clear message for a missing or unreadable file', async () => {
    expect(await cli('extract', join(scratch, 'nope.html'))).toMatchObject({ code: 1, err: expect.stringMatching(/cannot read .*nope\.html: no such file/) });
    expect(await cli('extract', scratch)).toMatchObject({ code: 1, err: expect.stringMatching(/is a directory/) });
    const locked = join(scratch, 'locked.html');
    writeFileSync(locked, fixture('news/seed-article.html'));
    chmodSync(locked, 0o000);
    const result = await cli('extract', locked);
    // root can read any file; elsewhere the permission error must be clear
    if (process.getuid?.() === 0) expect(result.code).toBe(0);
    else expect(result).toMatchObject({ code: 1, err: expect.stringMatching(/permission denied/) });
  });

  it('prints plain text by default and Markdown with --markdown', async () => {
    const text = await cli('extract', SEED);
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[0]).toMatch(/^Canada focused on defeating ISIL/);
    expect(text.out).toContain('Lee Berthiaume · Northern Ledger News');
    const markdown = await cli('extract', SEED, '--markdown');
    expect(markdown.out).toMatch(/^# Canada focused on defeating ISIL/);
    expect(markdown.out).toContain('Canadian special forces resumed operations a short time later.');
    expect(markdown.out).not.toContain('<p');
  });

  it('reads gzip-compressed pages, as corpora ship them', async () => {
    const gz = join(scratch, 'seed.html.gz');
    writeFileSync(gz, gzipSync(fixture('news/seed-article.html')));
    const { code, out } = await cli('extract', gz, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).siteName).toBe('Northern Ledger News');
  });

  it.each([
    [['extract'], /Usage: lector extract/],
    [['frobnicate', 'x.html'], /unknown command "frobnicate"/],
    [['extract', SEED, '--json', '--text'], /choose one of/],
    [['extract', SEED, '--colour'], /Unknown option '--colour'/],
  ])('rejects bad usage %j with exit 1', async (args, message) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  it('runs as `npx lector` from the project root', async () => {
    const { stdout } = await run('npx', ['lector', 'extract', SEED, '--json'], { cwd: join(FIXTURES, '../..') });
    expect(JSON.parse(stdout).title).toMatch(/^Canada focused on defeating ISIL/);
    await expect(run('npx', ['lector', 'extract', notAnArticle], { cwd: join(FIXTURES, '../..') })).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});

describe('reading saved pages', () => {
  const page = (head: string, text: string) => `<html><head>${head}<title>Cafés</title></head><body><article>${`<p>${text}</p>`.repeat(6)}</article></body></html>`;
  const sentence = 'Eat every 2–3 hours at the café, the nutritionist said, and drink water before you feel thirsty.';

  it('reads UTF-8 without a declared charset as UTF-8', async () => {
    const file = join(scratch, 'utf8.html');
    writeFileSync(file, page('', sentence));
    const { out } = await cli('extract', file, '--json');
    expect(JSON.parse(out).text).toContain('Eat every 2–3 hours at the café');
  });

  it('obeys a charset declared after the first 1,024 bytes', async () => {
    const file = join(scratch, 'late-meta.html');
    writeFileSync(file, page(`<meta name="description" content="${'x'.repeat(1500)}"><meta charset="utf-8">`, sentence));
    const { out } = await cli('extract', file, '--json');
    expect(JSON.parse(out).text).toContain('Eat every 2–3 hours at the café');
  });

  it('obeys a declared charset', async () => {
    const file = join(scratch, 'latin1.html');
    writeFileSync(file, Buffer.from(page('<meta charset="iso-8859-1">', sentence.replace('2–3', '2-3')), 'latin1'));
    const { out } = await cli('extract', file, '--json');
    expect(JSON.parse(out).text).toContain('Eat every 2-3 hours at the café');
  });
});

describe('pages that break things', () => {
  const hostile = mkdtempSync(join(tmpdir(), 'lector-hostile-'));
  const story = `<p>${'The ferry will stop running on Friday while the pier is repaired, the harbour office said in a statement. '.repeat(8)}</p>`;

  it('goes on past a page whose jsdom window cannot close, and prints three lines for three files', async () => {
    const crashing = join(hostile, 'math-frame.html');
    writeFileSync(crashing, `<html><body><article>${story}<math><frame><b><iframe></iframe></b></frame></math>${story}</article></body></html>`);
    const { out } = await cli('extract', SEED, crashing, SEED, '--json');
    const lines = out.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([SEED, crashing, SEED]);
    expect(lines[0].title).toMatch(/^Canada focused on defeating ISIL/);
    expect(lines[1].text ?? lines[1].error).toBeTruthy();
    expect(lines[2].title).toMatch(/^Canada focused on defeating ISIL/);
  }, 120_000);

  it('reads or refuses each of the issue\'s worst pages, between good ones, one line each', async () => {
    // Deep pages at a tenth (1,000 deep; the table 2,000 elements deep): jsdom's parser walks every ancestor on each
    // insertion, so the full 10,000 cost it 17-65 s before Lector sees the page (the worker's budget bounds that).
    const pick = (scale: number, names: string[]) => hostileShapes(scale).filter(({ shape }) => names.includes(shape));
    const shapes = [...pick(1, ['math-frame-iframe', 'many-attributes']), ...pick(0.1, ['deep-div', 'deep-table', 'deep-svg-g'])];
    const files = shapes.map(({ shape, make }) => {
      const file = join(hostile, `${shape}.html`);
      writeFileSync(file, make());
      return file;
    });
    const { out } = await cli('extract', SEED, ...files.flatMap((file) => [file, SEED]), '--json');
    const lines = out.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([SEED, ...files.flatMap((file) => [file, SEED])]);
    const outcome = (line: { code?: string; text?: string }) => line.code ?? (line.text ? 'article' : 'nothing');
    expect(Object.fromEntries(shapes.map(({ shape }, i) => [shape, outcome(lines[1 + 2 * i])]))).toEqual({
      'math-frame-iframe': 'article',
      // Its attributes past 1,000 are left out before parsing (core/page-limits.ts); the paragraph is read.
      'many-attributes': 'article',
      'deep-div': 'too-large',
      'deep-table': 'too-large',
      'deep-svg-g': 'too-large',
    });
    for (let i = 0; i < lines.length; i += 2) expect(lines[i].title).toMatch(/^Canada focused on defeating ISIL/);
  }, 300_000);

  it('refuses the issue\'s 20 MB pages (small paragraphs, links, <br> lines) before parsing, with a message, one line each', async () => {
    const files = hostileShapes(1).filter(({ shape }) => ['small-paragraphs', 'links', 'br-lines'].includes(shape)).map(({ shape, make }) => {
      const file = join(hostile, `${shape}-20mb.html`);
      writeFileSync(file, make());
      return file;
    });
    const { code, out, err } = await cli('extract', ...files, SEED, '--json');
    expect(code).toBe(2);
    const lines = out.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.code ?? 'article')).toEqual(['too-large', 'too-large', 'too-large', 'article']);
    for (const line of lines.slice(0, 3)) expect(line.error).toMatch(/too large to read whole.*\(larger than 10 MB; --first-part reads its first part\)/);
    expect(err.split('\n').filter((line) => line.includes('no article'))).toHaveLength(3);
  }, 120_000);

  it('reports a page past its time budget as too large and reads the next one', async () => {
    const slow = join(hostile, 'slow.html');
    writeFileSync(slow, `<html><body><article>${story.repeat(4_000)}</article></body></html>`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['extract', slow, SEED, '--json'], { out: (l) => out.push(l), err: (l) => err.push(l) }, { timeoutMs: 1, maxHeapMb: 1024 });
    expect(code).toBe(2);
    expect(JSON.parse(out[0]!)).toMatchObject({ file: slow, code: 'too-large', error: expect.stringMatching(/too large to read whole.*took over/) });
    expect(out).toHaveLength(2);
  }, 120_000);

  it('refuses a gzip bomb before it is unpacked whole', async () => {
    const bomb = join(hostile, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(24 * 1024 * 1024, 0x20)));
    const { code, out } = await cli('extract', bomb, '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out)).toMatchObject({ code: 'too-large', error: expect.stringMatching(/unpacks to more than 10 MB/) });
  }, 60_000);

  it('with --first-part, reads the first part of a page too deep to read whole, marked partial', async () => {
    const deep = join(hostile, 'deep.html');
    writeFileSync(deep, `<html><body><article>${story.repeat(3)}${'<div>'.repeat(600)}Buried${'</div>'.repeat(600)}</article></body></html>`);
    expect(await cli('extract', deep, '--json')).toMatchObject({ code: 2, out: expect.stringContaining('"code":"too-large"') });
    const { code, out, err } = await cli('extract', deep, '--json', '--first-part');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.partial).toBe(true);
    expect(json.text).toContain('The ferry will stop running on Friday');
    expect(json.text).not.toContain('Buried');
    expect(err).toMatch(/deep\.html: Showing the first part of the page/);
    // A page read whole is not marked.
    expect(JSON.parse((await cli('extract', SEED, '--json', '--first-part')).out)).not.toHaveProperty('partial');
  });

  it('with --first-part, reads the first 2 MB of a gzip file that unpacks past 10 MB', async () => {
    const huge = join(hostile, 'huge.html.gz');
    writeFileSync(huge, gzipSync(`<html><body><article>${story.repeat(14_000)}</article></body></html>`));
    const { code, out } = await cli('extract', huge, '--utterances', '--json', '--first-part');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.partial).toBe(true);
    expect(json.utterances.length).toBeGreaterThan(1_000);
  });

  it('takes --url only as an absolute address: anything else is bad usage', async () => {
    const { code, err } = await cli('extract', SEED, '--url', 'not a url');
    expect(code).toBe(1);
    expect(err).toMatch(/--url needs an absolute address/);
  }, 60_000);

  it('prints no terminal escape sequences from the page with --text', async () => {
    const file = join(hostile, 'escapes.html');
    writeFileSync(file, `<html><head><title>News\u001b]0;owned\u0007</title></head><body><article><h1>News\u001b]0;owned\u0007</h1>${story.replace('ferry', 'ferry\u001b[2J\u001b]52;c;ZWNobyBoaQ==\u0007')}${story}</article></body></html>`);
    const { code, out } = await cli('extract', file, '--text');
    expect(code).toBe(0);
    expect(out).toContain('The ferry');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 60_000);
});

describe('--first-part after the budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lector-retry-'));
  const paragraph = (i: number) => `<p>Paragraph ${i}: the ferry will stop running on Friday while the pier is repaired, the harbour office said in a statement.</p>`;
  const page = join(dir, 'slow.html');
  // 8,000 paragraphs, a million characters: more than the retry's 125,000, so its first part is a cut.
  writeFileSync(page, `<html><body><article>${Array.from({ length: 8_000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`);
  /** A runner whose whole-page runs always run out of time, as a slow page's do in the worker; first parts run for real. */
  const outOfTime = (jobs: PageJob[]): JobRunner => ({
    run: async (job) => {
      jobs.push(job);
      return job.firstPartOnly ? runPageJob(job) : { kind: 'stopped', why: 'time', detail: 'over 60 s' };
    },
  });
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
  };
  const options = { format: 'json', batch: false, url: undefined, firstPart: true } as const;

  it('reads the first part of a page that ran past the budget whole, marked partial', async () => {
    const jobs: PageJob[] = [];
    const { out, err, io } = capture();
    expect(await extractOne(page, options, outOfTime(jobs), io)).toBe(0);
    expect(jobs.map((job) => job.firstPartOnly ?? false)).toEqual([false, true]);
    const json = JSON.parse(out.join('\n'));
    expect(json.partial).toBe(true);
    expect(json.text).toContain('Paragraph 0:');
    expect(json.text.match(/Paragraph \d+:/g).length).toBeGreaterThan(500);
    expect(json.text).not.toContain('Paragraph 7999:');
    expect(err.join('\n')).toMatch(/slow\.html: Showing the first part of the page/);
  });

  it('without --first-part, or when the first part runs out of time too, reports the page as too large', async () => {
    for (const [firstPart, runner] of [
      [false, outOfTime([])],
      [true, { run: async () => ({ kind: 'stopped', why: 'time', detail: 'over 60 s' }) } satisfies JobRunner],
    ] as const) {
      const { out, io } = capture();
      expect(await extractOne(page, { ...options, firstPart }, runner, io)).toBe(2);
      expect(JSON.parse(out.join('\n'))).toMatchObject({ code: 'too-large', error: expect.stringMatching(/took over 60 s/) });
    }
  });
});
