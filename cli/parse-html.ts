/**
 * Turning HTML text into a DOM in Node, for the CLI, tests and benchmarks.
 * jsdom because DOMPurify and Readability both test against it. Its CSS parser
 * can throw on real pages; such a page is parsed again without its styles
 * (which extraction never needed), so one bad page cannot stop a batch.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage {
  document: Document;
  window: Window;
  /** Frees the jsdom window (timers, listeners); call after extracting. */
  close(): void;
}

const quietConsole = new VirtualConsole(); // page errors and CSS warnings are noise, not ours to print

function parse(html: string | Uint8Array, url: string | undefined): ParsedPage {
  // Bytes let jsdom sniff the charset from the BOM or <meta charset>, as a browser would.
  const input = typeof html === 'string' ? html : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const dom = new JSDOM(input, {
    url: url ?? 'about:blank',
    contentType: 'text/html',
    virtualConsole: quietConsole,
    // No scripts, no subresources: jsdom's defaults, stated because a page is hostile.
    runScripts: undefined,
    resources: undefined,
  });
  const window = dom.window as unknown as Window;
  return { document: window.document, window, close: () => dom.window.close() };
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
