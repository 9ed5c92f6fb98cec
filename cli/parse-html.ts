/**
 * Turning HTML text into a DOM in Node, for the CLI, tests and benchmarks.
 * jsdom because DOMPurify and Readability both test against it. Its CSS parser
 * can throw on real pages; such a page is parsed again without its styles
 * (which extraction never needed), so one bad page cannot stop a batch.
 */
import type { WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { withoutExcessAttributes } from '../core/page-limits';

export interface ParsedPage {
  document: Document;
  /** jsdom's window: a DOM implementation DOMPurify can bind to. */
  window: Window & WindowLike;
  /** Frees the jsdom window (timers, listeners); call after extracting. */
  close(): void;
}

const quietConsole = new VirtualConsole(); // page errors and CSS warnings are noise, not ours to print

function parse(html: string | Uint8Array, url: string | undefined): ParsedPage {
  const dom = new JSDOM(boundedAttributes(typeof html === 'string' ? html : decodePage(html)), {
    url: url ?? 'about:blank',
    contentType: 'text/html',
    virtualConsole: quietConsole,
    // No scripts, no subresources: jsdom's defaults, stated because a page is hostile.
    runScripts: undefined,
    resources: undefined,
  });
  const window = dom.window as unknown as Window & WindowLike;
  return { document: window.document, window, close: () => dom.window.close() };
}

/**
 * The page without attributes past core/page-limits.ts's cap: jsdom's parser checks each attribute against the
 * ones before it, so one element with 200,000 took minutes (issue #18). Bytes left for jsdom to decode are in an
 * ASCII-compatible charset (a UTF-16 BOM excepted), so the scan reads them as Latin-1 and writes them back unchanged.
 */
function boundedAttributes(input: string | Buffer): string | Buffer {
  if (typeof input === 'string') return withoutExcessAttributes(input);
  if (input[0] === 0xfe || input[0] === 0xff) return input; // UTF-16: '<' is not one byte
  const text = input.toString('latin1');
  const bounded = withoutExcessAttributes(text);
  return bounded === text ? input : Buffer.from(bounded, 'latin1');
}

const BOM = /^(?:\xef\xbb\xbf|\xfe\xff|\xff\xfe)/;
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;
const LATIN1_NAMES = /^(?:iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/i;

/**
 * A page's bytes as jsdom should read them. A BOM or a <meta charset> other
 * than Latin-1 is obeyed (jsdom sniffs it, as a browser does). Otherwise a
 * browser would have had the HTTP header, which a saved file has lost: valid
 * UTF-8 is then taken as UTF-8 (the web's overwhelming default) rather than
 * windows-1252, which turned "2–3" into "2â€“3" on a tenth of the corpus.
 */
function decodePage(bytes: Uint8Array): string | Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buffer.subarray(0, 4096).toString('latin1');
  if (BOM.test(head)) return buffer;
  // jsdom only looks for <meta charset> in the first 1,024 bytes; pages often declare it later.
  const declared = DECLARED_CHARSET.exec(head)?.[1];
  // A page that declares Latin-1 but is valid UTF-8 was served as UTF-8 by its HTTP header
  // (which wins over <meta> in a browser): Latin-1 text with accents is almost never valid UTF-8.
  if (declared && !LATIN1_NAMES.test(declared)) return decodeAs(declared, buffer) ?? buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return buffer; // not UTF-8: jsdom applies the declared charset or the HTML standard's fallback
  }
}

function decodeAs(charset: string, buffer: Buffer): string | null {
  try {
    return new TextDecoder(charset).decode(buffer);
  } catch {
    return null; // a charset TextDecoder does not know: let jsdom try
  }
}

const STYLE_BLOCKS = /<style\b[^>]*>[\s\S]*?<\/style\s*>|<link\b[^>]*rel=["']?stylesheet[^>]*>|\sstyle\s*=\s*("[^"]*"|'[^']*')/gi;

export function parseHtml(html: string | Uint8Array, url?: string): ParsedPage {
  try {
    return parse(html, url);
  } catch {
    const text = typeof html === 'string' ? html : new TextDecoder().decode(html);
    return parse(text.replace(STYLE_BLOCKS, ''), url);
  }
}
