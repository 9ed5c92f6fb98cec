/**
 * Injects in-page extraction into the document of the reader that asks for it
 * (the reader does so only when its extraction frame could not load). The
 * reader runs in the top frame only, so only a top-frame content script may ask;
 * in Chrome the target is that very document, not whatever the frame shows by
 * then. The reader's own trigger granted `activeTab` for the tab.
 */
import { browser } from 'wxt/browser';
import { EXTRACTOR_SCRIPT_FILE, isExtractorRequest } from '@/messaging/protocol';

type Scripting = Pick<typeof browser.scripting, 'executeScript'>;
interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  /** Chrome's id of the sending document. */
  documentId?: string;
}

/** A runtime.onMessage listener; answers true once the extractor is in the sender's document. */
export function answerExtractorRequests(scripting: Scripting, extensionId: string) {
  return (message: unknown, sender: Sender, sendResponse: (injected: boolean) => void): true | undefined => {
    const tabId = sender.tab?.id;
    if (!isExtractorRequest(message) || sender.id !== extensionId || tabId === undefined || sender.frameId !== 0) return undefined;
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [0] };
    scripting.executeScript({ target, files: [EXTRACTOR_SCRIPT_FILE] }).then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  };
}

export function setupExtractorInjection(): void {
  browser.runtime.onMessage.addListener(answerExtractorRequests(browser.scripting, browser.runtime.id));
}
