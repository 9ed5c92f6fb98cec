/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. Each request brings its own port and gets its answer there.
 */
import { extractFromMarkup } from '@/core/extract-markup';
import { isExtractRequest, type FrameReply } from './protocol';

window.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port || !isExtractRequest(event.data)) return;
  const reply = (message: FrameReply) => port.postMessage(message);
  reply({ type: 'started' });
  // extractFromMarkup never throws: every failure is a NoArticle with a reason.
  reply({ type: 'result', result: extractFromMarkup(event.data.page, window) });
  port.close();
});
