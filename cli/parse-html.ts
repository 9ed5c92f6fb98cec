/**
 * Turning HTML text into a DOM in Node, for the CLI, tests and benchmarks.
 * jsdom because DOMPurify and Readability both test against it. Its CSS parser
 * can throw on real pages; such a page is parsed again without its styles
 * (which extraction never needed), so one bad page cannot stop a batch.
 */
import type { WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage {
  document: Document;
  /** jsdom's window: a DOM implementation DOMPurify can bind to. */
  window: Window & WindowLike;
  /** Frees the jsdom window (timers, listeners); call after extracting. */
  close(): void;
}

const quietConsole = new VirtualConsole(); // page errors and CSS warnings are noise, not ours to print

function parse(html: string | Uint8Array, url: string | undefined): ParsedPage {
  const input = typeof html === 'string' ? html : decodePage(html);
  const dom = new JSDOM(input, {
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

const DECLARED_CHARSET = /<meta[^>]+charset\s*=|^\xef\xbb\xbf|^\xfe\xff|^\xff\xfe/i;

/**
 * A page's bytes as jsdom should read them. A BOM or <meta charset> is obeyed
 * (jsdom sniffs it, as a browser does). Without one, a browser would have had
 * the HTTP header, which a saved file has lost: valid UTF-8 is then taken as
 * UTF-8 (the web's overwhelming default) rather than jsdom's windows-1252
 * fallback, which turned "2–3" into "2â€“3" on a tenth of the corpus.
 */
function decodePage(bytes: Uint8Array): string | Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (DECLARED_CHARSET.test(buffer.subarray(0, 2048).toString('latin1'))) return buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return buffer; // not UTF-8: let jsdom apply the HTML standard's fallback
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
