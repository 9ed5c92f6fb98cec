/**
 * The frame's side of the protocol: answer one request, the one carrying the
 * token from the frame's own address, on the port it brought; `started` at
 * once, then, for the page the reader sends on that port, the result, whatever
 * the extraction does. The reader may take the
 * request back (`cancel`, or its end of the port closing): the work is then
 * stopped at its next pause and nothing is answered.
 */
import type { PageMarkup } from '../../core/extract-markup';
import { unreadable, type ExtractResult } from '../../core/model';
import { isExtractRequest, isFrameCancel, isFramePage, type FrameReply } from '@/messaging/protocol';

/** Null: stopped because `cancelled` was aborted. */
export type FrameExtract = (page: PageMarkup, cancelled: AbortSignal) => ExtractResult | null | Promise<ExtractResult | null>;

export function answerRequests(token: string, extract: FrameExtract): (event: MessageEvent<unknown>) => void {
  let answered = false;
  return (event) => {
    const port = event.ports[0];
    if (answered || token === '' || !port || !isExtractRequest(event.data) || event.data.token !== token) return;
    answered = true;
    const cancel = new AbortController();
    const reply = (message: FrameReply) => port.postMessage(message);
    let reading = false;
    port.onmessage = (message: MessageEvent<unknown>) => {
      if (isFrameCancel(message.data)) return cancel.abort();
      // One page per request: whatever else comes on the port while it is read is ignored.
      if (reading || cancel.signal.aborted || !isFramePage(message.data)) return;
      reading = true;
      const page = message.data.page;
      void answer(() => extract(page, cancel.signal)).then((result) => {
        if (!cancel.signal.aborted && result) reply({ type: 'result', result });
        port.close();
      });
    };
    // Chromium 123+ says when the other end is gone (the reader's frame host removed, its tab closed).
    port.addEventListener('close', () => cancel.abort());
    reply({ type: 'started' });
  };
}

async function answer(extract: () => ExtractResult | null | Promise<ExtractResult | null>): Promise<ExtractResult | null> {
  try {
    return await extract();
  } catch (error) {
    // extractFromMarkup turns failures into a NoArticle; this is for what it could not foresee (out of memory).
    return unreadable(error);
  }
}
