/**
 * `lector extract FILE... [--url URL] [--json | --text | --markdown | --utterances [--json]]`
 * The extension's extraction core, in Node: one process for any number of
 * files, so a batch of hundreds pays the start-up cost once.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { noArticleReason } from '../components/i18n/extraction-words';
import { unreadable, type NoArticle } from '../core/model';
import { FIRST_PART_LIMITS } from '../core/first-part';
import { PAGE_LIMITS } from '../core/page-limits';
import { englishMessages } from './english-messages';
import type { Format, PageJob } from './page-job';
import { PageRunner, RUNNER_LIMITS, type RunnerLimits } from './page-runner';
import { countStartTags, cutBeforeStartTag, describeReadError, PageTooLargeError, readPage, readPageStart } from './read-input';
import { terminalSafe } from './terminal-safe';

const USAGE = `Usage: lector extract FILE... [--url URL] [--first-part] [--json | --text | --markdown | --utterances [--json]]

Extracts the article from saved web pages (HTML, or gzip-compressed HTML; "-" reads stdin)
and prints it without the clutter: ad labels, promos, share bars, newsletter boxes.

  --json       one JSON object (several files: one per line, each with "file")
  --text       plain text: title, byline, then the article (default)
  --markdown   the article as Markdown
  --utterances what the reader reads aloud, one utterance per line, in order: the title, headings
               ("Heading: …"), sentences cut as the speech chunks are, image descriptions ("Image: …");
               with --json, the same list with each utterance's kind, block and sentence
  --url URL    the page's address, for relative links (default: the file's path)
  --first-part a page too large to read whole gives the article in its first part (its first 2 MB,
               20,000 elements, 500,000 characters), marked "partial": true in JSON, with a note on stderr;
               a page that runs past the time or memory budget is tried again on its first 5,000 elements
  -h, --help   this help

Pages over 10 MB (packed or unpacked), with more than 200,000 elements or nested over 512 deep,
or taking over 60 s or 1 GB of memory are reported as too large; the batch goes on.
Exit codes: 0 all articles found; 1 a file could not be read or bad usage; 2 a page had no article.`;


export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(argv: string[], io: CliIo = processIo, limits: RunnerLimits = RUNNER_LIMITS): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        text: { type: 'boolean' },
        markdown: { type: 'boolean' },
        utterances: { type: 'boolean' },
        url: { type: 'string' },
        'first-part': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`lector: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'extract' || files.length === 0) {
    io.err(command && command !== 'extract' ? `lector: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 1;
  }
  const formats = (['json', 'text', 'markdown'] as const).filter((format) => values[format]);
  if (formats.length > 1 || (values.utterances && (values.text || values.markdown))) {
    io.err('lector: choose one of --json, --text, --markdown, --utterances (which --json may go with)');
    return 1;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    io.err(`lector: --url needs an absolute address such as https://example.com/story, not "${terminalSafe(values.url)}"`);
    return 1;
  }
  const format: Format = values.utterances ? (values.json ? 'utterances-json' : 'utterances') : (formats[0] ?? 'text');
  const batch = files.length > 1;
  let exitCode = 0;
  const runner = new PageRunner(limits);
  try {
    for (const file of files) {
      const code = await extractOne(file, { format, batch, url: values.url, firstPart: values['first-part'] === true }, runner, io);
      exitCode = exitCode === 1 || code === 1 ? 1 : Math.max(exitCode, code);
    }
  } finally {
    await runner.close();
  }
  return exitCode;
}

export interface RunOptions {
  format: Format;
  batch: boolean;
  url: string | undefined;
  firstPart: boolean;
}

/** What runs a page job: a PageRunner (a worker with a budget); tests give a stand-in. */
export type JobRunner = Pick<PageRunner, 'run'>;

/** One file, start to end: whatever happens inside, it prints its line and the batch goes on. */
export async function extractOne(file: string, options: RunOptions, runner: JobRunner, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  let cut = false;
  try {
    if (options.firstPart) ({ bytes, cut } = await readPageStart(file));
    else bytes = await readPage(file);
  } catch (error) {
    if (error instanceof PageTooLargeError) return reportNoArticle(file, TOO_LARGE, options, io, error.message);
    const message = `cannot read ${file}: ${describeReadError(error)}`;
    io.err(`lector: ${terminalSafe(message)}`);
    if (isJson(options.format) && options.batch) io.out(JSON.stringify({ file, error: message, code: 'unreadable' }));
    return 1;
  }
  // Twice the elements Lector reads (head, closing slack): past it jsdom would spend a gigabyte to be told "too large".
  if (options.firstPart) {
    const start = cutBeforeStartTag(bytes, FIRST_PART_LIMITS.maxElements * 2);
    cut ||= start.length < bytes.length;
    bytes = start;
  } else if (countStartTags(bytes) > PAGE_LIMITS.maxElements * 2) {
    return reportNoArticle(file, TOO_LARGE, options, io, 'too many elements');
  }
  const url = options.url ?? (file === '-' ? undefined : pathToFileURL(resolve(file)).href);
  const job: PageJob = { file, bytes, url, format: options.format, batch: options.batch, firstPart: options.firstPart, cut };
  let reply = await runner.run(job);
  // Slow or hungry rather than big: with --first-part, its first part still gets a budget of its own.
  if (options.firstPart && reply.kind === 'stopped' && reply.why !== 'crash') reply = await runner.run({ ...job, firstPartOnly: true });
  switch (reply.kind) {
    case 'article':
      if (reply.partial) io.err(`lector: ${terminalSafe(`${file}: ${englishMessages('readerFirstPartStatus')}`)}`);
      io.out(reply.output);
      return 0;
    case 'no-article':
      return reportNoArticle(file, reply.result, options, io);
    case 'stopped':
      // Time and memory are the page's size in effect; a crash is ours, and says so.
      if (reply.why === 'crash') return reportNoArticle(file, unreadable(new Error(reply.detail)), options, io);
      return reportNoArticle(file, TOO_LARGE, options, io, reply.why === 'time' ? `took ${reply.detail}` : 'needed more than 1 GB of memory');
  }
}

const TOO_LARGE: NoArticle = { kind: 'no-article', code: 'too-large' };

function reportNoArticle(file: string, result: NoArticle, options: RunOptions, io: CliIo, detail?: string): number {
  // The reader's words say how to read part of it in the browser; the CLI's way is --first-part.
  const hint = result.code === 'too-large' && !options.firstPart ? '--first-part reads its first part' : undefined;
  const notes = [detail, hint].filter(Boolean).join('; ');
  const reason = noArticleReason(englishMessages, result) + (notes ? ` (${notes})` : '');
  io.err(`lector: ${terminalSafe(`${file}: no article: ${reason}`)}`);
  if (isJson(options.format)) io.out(JSON.stringify({ ...(options.batch ? { file } : {}), error: reason, code: result.code }));
  return 2;
}

/** Whether `format` prints JSON, so a failure is printed as a JSON object too. */
function isJson(format: Format): boolean {
  return format === 'json' || format === 'utterances-json';
}
