/**
 * The typed way to send a runtime message: the request must be one of
 * RuntimeProtocol's, and the answer has that message's response type. The
 * answer is not checked here; it is undefined when nobody answered.
 */
import { browser } from 'wxt/browser';
import type { RuntimeMessageType, RuntimeRequest, RuntimeResponse } from './protocol';

export function sendRuntimeMessage<T extends RuntimeMessageType>(
  request: RuntimeRequest<T> & { type: T },
): Promise<RuntimeResponse<T> | undefined> {
  return browser.runtime.sendMessage(request) as Promise<RuntimeResponse<T> | undefined>;
}
