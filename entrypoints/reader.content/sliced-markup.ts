/**
 * The page's markup written out in slices (issue #16): `outerHTML` of a 5 MB page is one task of about 100 ms on a
 * fast machine and 400 ms on a slow one, during which the page cannot answer a key or paint. Here the path down to
 * the large parts is written tag by tag and each part below it with the browser's own `outerHTML`, pausing between
 * parts so that no task writes much more than `SLICE_ELEMENTS` elements. A small page is written in one go.
 * The text parses to the same document as `outerHTML` (same escaping rules: HTML's fragment serialization).
 */

/** Elements written per slice: 6,000 took 30–110 ms in Chromium on the 3 MB sized page (a loaded machine), so a third. */
export const SLICE_ELEMENTS = 2_000;

export type Pause = () => Promise<void>;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements never opened by hand: their content is raw text, inert, or nothing. */
const WHOLE = new Set(['template', 'script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'param']);

/**
 * `root.outerHTML`, written in slices with `pause()` between them, leaving out the nodes `skip` names (Lector's own
 * extraction frame, which loads while the page is written: entrypoints/reader.content/extraction-frame.ts).
 */
export async function outerHtmlInSlices(
  root: Element,
  pause: Pause,
  sliceElements = SLICE_ELEMENTS,
  skip: (node: Node) => boolean = () => false,
): Promise<string> {
  const parts: string[] = [];
  let written = 0;
  const write = async (node: Node): Promise<void> => {
    if (skip(node)) return;
    if (node.nodeType === 3) return void parts.push(escapeText((node as Text).data));
    if (node.nodeType === 8) return void parts.push(`<!--${(node as Comment).data}-->`);
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const size = element.getElementsByTagName('*').length + 1;
    // An element holding a skipped child is opened, whatever its size, so that the child can be left out.
    if ((size <= sliceElements && !Array.prototype.some.call(element.children, skip)) || !openable(element)) {
      if (written > 0 && written + size > sliceElements) {
        await pause();
        written = 0;
      }
      parts.push(element.outerHTML);
      written += size;
      return;
    }
    parts.push(startTag(element));
    // A copy of the list: a page script may add or move children between slices.
    for (const child of Array.from(element.childNodes)) await write(child);
    parts.push(`</${element.localName}>`);
  };
  await write(root);
  return parts.join('');
}

function openable(element: Element): boolean {
  return element.namespaceURI === HTML_NS && !WHOLE.has(element.localName) && !VOID.has(element.localName);
}

function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of Array.from(element.attributes)) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (char) => ESCAPES[char]!);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\u00a0]/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };

/** Lets the page run: `scheduler.yield()` where there is one, else a message (a timer is throttled in a background tab). */
export function pauseForPage(win: Window & { scheduler?: { yield?: () => Promise<void> } }): Pause {
  if (typeof win.scheduler?.yield === 'function') return () => win.scheduler!.yield!();
  return () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
}
