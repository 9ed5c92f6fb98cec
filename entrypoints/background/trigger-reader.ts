/**
 * What every trigger does: make sure the reader script is in the tab (injected
 * once per document, on demand), then hand it the request and wait until it
 * reports what it shows.
 */
import type { browser } from 'wxt/browser';
import {
  isReaderOutcome,
  READER_LOADED_FLAG,
  READER_SCRIPT_FILE,
  type ReaderMessage,
  type TriggerOutcome,
} from '@/messaging/protocol';
import { classifyUnavailable, clearUnavailable, showUnavailable, type ActionApi } from './unavailable-pages';

export interface TriggerApi {
  scripting: Pick<typeof browser.scripting, 'executeScript'>;
  tabs: Pick<typeof browser.tabs, 'get' | 'sendMessage'>;
  action: ActionApi;
  t: (key: 'unavailableBadgeTitle' | 'actionTitle') => string;
}

/**
 * Runs in the page's isolated world, so it must not close over anything.
 * `=== true`, not truthiness: an element with that id shows through as a global.
 */
function isReaderLoaded(flag: string): boolean {
  return (globalThis as unknown as Record<string, unknown>)[flag] === true;
}

export async function triggerReader(
  api: TriggerApi,
  tabId: number,
  message: Omit<ReaderMessage, 'type'>,
): Promise<TriggerOutcome> {
  try {
    await ensureReaderInjected(api, tabId);
  } catch (error) {
    const url = await api.tabs.get(tabId).then(
      (tab) => tab.url,
      () => undefined,
    );
    const reason = classifyUnavailable(url, error);
    await showUnavailable(api.action, api.t, tabId, reason);
    return { shown: 'unavailable', reason };
  }
  const request: ReaderMessage = { type: 'lector:reader', ...message };
  const outcome: unknown = await api.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  if (!isReaderOutcome(outcome)) {
    // The script was there but did not answer: the document went away mid-way.
    await showUnavailable(api.action, api.t, tabId, 'other');
    return { shown: 'unavailable', reason: 'other' };
  }
  await clearUnavailable(api.action, api.t, tabId);
  return outcome;
}

/** Puts the reader script in the tab once per document (the queue's "add" uses it too). */
export async function ensureReaderInjected(api: Pick<TriggerApi, 'scripting'>, tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const [probe] = await api.scripting.executeScript({ target, func: isReaderLoaded, args: [READER_LOADED_FLAG] });
  if (probe?.result === true) return;
  await api.scripting.executeScript({ target, files: [READER_SCRIPT_FILE] });
}
