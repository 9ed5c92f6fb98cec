/**
 * The extraction frame's worker (an unlisted script: WXT builds it as one classic script the frame starts with
 * `new Worker`): Readability on the page, off the main thread every tab's frame shares (core/readability-markup.ts
 * says why), on a page parsed by linkedom (extract-frame/parse-with-linkedom.ts), since a worker has no DOM of the
 * browser's own. One page per worker: the frame makes one for its one request and terminates it once answered,
 * cancelled or out of time.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readabilityFromMarkup } from '@/core/readability-markup';
import { parseWithLinkedom } from './extract-frame/parse-with-linkedom';
import { isWorkerPage, type WorkerReply } from './extract-frame/readability-worker-messages';

export default defineUnlistedScript(() => {
  self.onmessage = (event: MessageEvent<unknown>) => {
    if (!isWorkerPage(event.data)) return;
    let reply: WorkerReply;
    try {
      reply = { type: 'readability', result: readabilityFromMarkup(event.data.page, parseWithLinkedom) };
    } catch (error) {
      reply = { type: 'failed', detail: String(error).slice(0, 500) };
    }
    self.postMessage(reply);
  };
});
