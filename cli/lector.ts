/**
 * `lector extract FILE... [--url URL] [--json | --text | --markdown]`
 * The extension's extraction core, in Node: one process for any number of
 * files, so a batch of hundreds pays the start-up cost once.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { noArticleReason } from '../components/i18n/extraction-words';
import { extractArticle } from '../core/extract';
import type { Article } from '../core/model';
import { sanitizedFragment } from '../core/sanitize';
import { englishMessages } from './english-messages';
import { articleToMarkdown } from './markdown';
import { parseHtml } from './parse-html';
import { describeReadError, readPage } from './read-input';

const USAGE = `Usage: lector extract FILE... [--url URL] [--json | --text | --markdown]

Extracts the article from saved web pages (HTML, or gzip-compressed HTML; "-" reads stdin)
and prints it without the clutter: ad labels, promos, share bars, newsletter boxes.

  --json       one JSON object (several files: one per line, each with "file")
  --text       plain text: title, byline, then the article (default)
  --markdown   the article as Markdown
  --url URL    the page's address, for relative links (default: the file's path)
  -h, --help   this help

Exit codes: 0 all articles found; 1 a file could not be read or bad usage; 2 a page had no article.`;

type Format = 'json' | 'text' | 'markdown';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        text: { type: 'boolean' },
        markdown: { type: 'boolean' },
        url: { type: 'string' },
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
  if (formats.length > 1) {
    io.err('lector: choose one of --json, --text, --markdown');
    return 1;
  }
  const format: Format = formats[0] ?? 'text';
  const batch = files.length > 1;
  let exitCode = 0;
  for (const file of files) {
    const code = await extractOne(file, { format, batch, url: values.url }, io);
    exitCode = exitCode === 1 || code === 1 ? 1 : Math.max(exitCode, code);
  }
  return exitCode;
}

interface RunOptions {
  format: Format;
  batch: boolean;
  url: string | undefined;
}

async function extractOne(file: string, options: RunOptions, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readPage(file);
  } catch (error) {
    const message = `cannot read ${file}: ${describeReadError(error)}`;
    io.err(`lector: ${message}`);
    if (options.format === 'json' && options.batch) io.out(JSON.stringify({ file, error: message, code: 'unreadable' }));
    return 1;
  }
  const url = options.url ?? (file === '-' ? undefined : pathToFileURL(resolve(file)).href);
  let page;
  try {
    page = parseHtml(bytes, url);
  } catch (error) {
    return reportNoArticle(file, `the HTML could not be parsed (${error instanceof Error ? error.message : String(error)})`, 'error', options, io);
  }
  try {
    const result = extractArticle(page.document, { url, window: page.window });
    if (result.kind === 'no-article') return reportNoArticle(file, noArticleReason(englishMessages, result), result.code, options, io);
    io.out(render(result, file, options, page.document));
    return 0;
  } finally {
    page.close();
  }
}

function reportNoArticle(file: string, reason: string, code: string, options: RunOptions, io: CliIo): number {
  io.err(`lector: ${file}: no article: ${reason}`);
  if (options.format === 'json') io.out(JSON.stringify({ ...(options.batch ? { file } : {}), error: reason, code }));
  return 2;
}

function render(article: Article, file: string, options: RunOptions, doc: Document): string {
  const banner = options.batch ? `==> ${file} <==\n` : '';
  switch (options.format) {
    case 'json': {
      const { kind: _kind, ...fields } = article;
      return JSON.stringify(options.batch ? { file, ...fields } : fields, null, options.batch ? undefined : 2);
    }
    case 'markdown':
      return banner + articleToMarkdown(article, (html) => {
        // Nodes, as the reader gets them: no string is ever assigned as markup.
        const container = doc.createElement('div');
        const view = doc.defaultView;
        if (!view) throw new Error('the parsed page has no window to sanitize with');
        container.replaceChildren(sanitizedFragment(html, view));
        return container;
      });
    case 'text': {
      const meta = [article.byline, article.siteName].filter(Boolean).join(' · ');
      return `${banner}${article.title}\n${meta ? `${meta}\n` : ''}\n${article.text}\n`;
    }
  }
}
