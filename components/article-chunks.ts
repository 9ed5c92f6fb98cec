/**
 * The article's HTML cut into pieces the reader can put on screen one at a time (issue #16): parsing and
 * sanitizing a 5 MB article with `setHTML` in one go held the page's main thread for over a second. The cuts
 * fall only between sibling nodes, so each piece is whole markup; when the article is one wrapper (Readability's
 * `<div id="readability-page-1">`) the cuts go inside it and the wrapper's own tags are kept apart.
 *
 * The string is the DOM's serialization (DOMPurify's output), so a light scan is enough: tags with quoted
 * attributes, comments, and the few elements whose text is written out raw. Anything the scan does not
 * understand (a close tag with nothing open, markup left open at the end) gives one piece: the whole HTML.
 * Every piece still goes through `setHTML`, so a wrong cut could only misplace markup, never let any through.
 */

export interface ArticleChunks {
  /** Open tags of the wrappers the pieces go inside, outermost first ('' when there is none). */
  open: string;
  /** Their close tags, innermost first. */
  close: string;
  /** How deep the pieces sit: the number of wrappers. */
  depth: number;
  /** The wrappers' content, in order; at least one. */
  pieces: string[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'param']);
/** Elements whose text the serializer writes unescaped: their content may hold '<'. */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
/** A wrapper is only descended into when it holds nearly everything. */
const MAX_WRAPPERS = 4;

interface TopNode {
  start: number;
  end: number;
  /** For an element: the end of its open tag and the start of its close tag. */
  inner?: { start: number; end: number };
}

/** The top-level nodes of `html` between `from` and `to`, or null when the markup is not what the scan expects. */
function topNodes(html: string, from: number, to: number): TopNode[] | null {
  const nodes: TopNode[] = [];
  const open: Array<{ start: number; innerStart: number }> = [];
  let i = from;
  let textStart = -1;
  const flushText = (end: number) => {
    if (textStart >= 0 && open.length === 0) nodes.push({ start: textStart, end });
    textStart = -1;
  };
  while (i < to) {
    if (html.charCodeAt(i) !== 60 /* < */) {
      if (textStart < 0) textStart = i;
      const next = html.indexOf('<', i);
      i = next < 0 || next > to ? to : next;
      continue;
    }
    flushText(i);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0 || end + 3 > to) return null;
      if (open.length === 0) nodes.push({ start: i, end: end + 3 });
      i = end + 3;
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47; /* / */
    const tag = tagEnd(html, i, to);
    if (tag === null) return null;
    const name = tagName(html, i + (closing ? 2 : 1));
    if (closing) {
      const element = open.pop();
      if (!element) return null;
      if (open.length === 0) nodes.push({ start: element.start, end: tag, inner: { start: element.innerStart, end: i } });
      i = tag;
      continue;
    }
    if (VOID.has(name) || html.charCodeAt(tag - 2) === 47 /* a foreign element written as <x/> */) {
      if (open.length === 0) nodes.push({ start: i, end: tag });
      i = tag;
      continue;
    }
    open.push({ start: i, innerStart: tag });
    i = tag;
    if (RAW_TEXT.has(name)) {
      // Its text runs to its own close tag, whatever it holds.
      const closeTag = new RegExp(`</${name}`, 'ig');
      closeTag.lastIndex = i;
      const close = closeTag.exec(html)?.index ?? -1;
      if (close < 0 || close > to) return null;
      i = close;
    }
  }
  flushText(to);
  return open.length === 0 ? nodes : null;
}

/** The index just past the '>' that ends the tag starting at `start`, skipping quoted attribute values. */
function tagEnd(html: string, start: number, to: number): number | null {
  let quote = 0;
  for (let i = start + 1; i < to; i++) {
    const code = html.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62 /* > */) {
      return i + 1;
    }
  }
  return null;
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && /[^\s/>]/.test(html[end]!)) end++;
  return html.slice(from, end).toLowerCase();
}

/**
 * Cuts `html` into pieces of about `pieceLength` characters (the first of about `firstLength`, a screenful),
 * each made of whole sibling nodes. A node longer than a piece stays whole.
 */
export function splitArticleHtml(html: string, pieceLength: number, firstLength = pieceLength): ArticleChunks {
  const whole: ArticleChunks = { open: '', close: '', depth: 0, pieces: [html] };
  if (html.length <= firstLength) return whole;
  let from = 0;
  let to = html.length;
  let open = '';
  let close = '';
  let depth = 0;
  for (;;) {
    const nodes = topNodes(html, from, to);
    if (!nodes) return whole;
    const elements = nodes.filter((node) => node.inner || html.slice(node.start, node.end).trim() !== '');
    const only = elements.length === 1 ? elements[0]! : null;
    if (only?.inner && depth < MAX_WRAPPERS) {
      // Text around the wrapper is only whitespace: it is dropped, as the browser would show none of it.
      open += html.slice(only.start, only.inner.start);
      close = html.slice(only.inner.end, only.end) + close;
      from = only.inner.start;
      to = only.inner.end;
      depth++;
      continue;
    }
    const pieces: string[] = [];
    let pieceStart = from;
    for (const node of nodes) {
      const limit = pieces.length === 0 ? firstLength : pieceLength;
      if (node.end - pieceStart >= limit) {
        pieces.push(html.slice(pieceStart, node.end));
        pieceStart = node.end;
      }
    }
    if (pieceStart < to || pieces.length === 0) pieces.push(html.slice(pieceStart, to));
    return { open, close, depth, pieces };
  }
}
