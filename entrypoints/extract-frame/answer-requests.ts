/**
 * The frame's side of the protocol: answer one request, the one carrying the
 * token from the frame's own address, on the port it brought; `started` at
 * once, then the result, whatever the extraction does.
 */
import type { PageMarkup } from '../../core/extract-markup';
import { unreadable, type ExtractResult } from '../../core/model';
import { isExtractRequest, type FrameReply } from '@/messaging/protocol';

export function answerRequests(token: string, extract: (page: PageMarkup) => ExtractResult): (event: MessageEvent<unknown>) => void {
  let answered = false;
  return (event) => {
    const port = event.ports[0];
    if (answered || token === '' || !port || !isExtractRequest(event.data) || event.data.token !== token) return;
    answered = true;
    const reply = (message: FrameReply) => port.postMessage(message);
    reply({ type: 'started' });
    let result: ExtractResult;
    try {
      result = extract(event.data.page);
    } catch (error) {
      // extractFromMarkup turns failures into a NoArticle; this is for what it could not foresee (out of memory).
      result = unreadable(error);
    }
    reply({ type: 'result', result });
    port.close();
  };
}
