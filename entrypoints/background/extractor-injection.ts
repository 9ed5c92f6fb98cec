/**
 * Injects in-page extraction into the frame of the reader that asks for it
 * (the reader does so only when its extraction frame could not load). The
 * reader's own trigger granted `activeTab` for the tab, which this relies on.
 */
import type { browser } from 'wxt/browser';
import { EXTRACTOR_SCRIPT_FILE, isExtractorRequest } from '../reader.content/protocol';

type Scripting = Pick<typeof browser.scripting, 'executeScript'>;
interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A runtime.onMessage listener; answers true once the extractor is in the sender's frame. */
export function answerExtractorRequests(scripting: Scripting, extensionId: string) {
  return (message: unknown, sender: Sender, sendResponse: (injected: boolean) => void): true | undefined => {
    const tabId = sender.tab?.id;
    if (!isExtractorRequest(message) || sender.id !== extensionId || tabId === undefined) return undefined;
    scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [EXTRACTOR_SCRIPT_FILE] })
      .then(
        () => sendResponse(true),
        () => sendResponse(false),
      );
    return true;
  };
}
