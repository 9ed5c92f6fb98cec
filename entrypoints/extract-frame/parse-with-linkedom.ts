/**
 * How the Readability worker parses the page (entrypoints/readability-worker.ts): linkedom, a DOM written in
 * JavaScript, runs no script and loads nothing. Its parser is less strict than the browser's, which matters little
 * here: the page it parses is the browser's own serialization of the live DOM, already in the shape the HTML parser
 * gives (a `div` the page's markup left between `</head>` and `<body>` is inside the body by then).
 */
// The worker build: linkedom's main entry reaches for the optional node 'canvas' package, which no bundle has.
import { parseHTML } from 'linkedom/worker';
import type { ReadabilityPage } from '@/core/readability-markup';

/** linkedom's documents have no address of their own: Readability reads these two to make links absolute. */
export function parseWithLinkedom(html: string, page: ReadabilityPage): Document {
  const { document } = parseHTML(html);
  Object.defineProperty(document, 'baseURI', { value: page.baseUrl });
  Object.defineProperty(document, 'documentURI', { value: page.url });
  // linkedom's Document is its own class, with the DOM's shape where Readability looks.
  return document as unknown as Document;
}
