/**
 * The two ways a trigger reaches the reader, bound to the browser once: a
 * toggle (toolbar button, keyboard command, "Try again") and a context-menu
 * click. Every setup that triggers the reader takes one of these.
 */
import { browser } from 'wxt/browser';
import type { TriggerOutcome } from '@/messaging/protocol';
import { readerMessageForMenuClick, type MenuClickInfo } from './context-menus';
import { triggerReader, type TriggerApi } from './trigger-reader';

export type ToggleReader = (tabId: number) => Promise<TriggerOutcome>;
/** Null for a menu item that is not Lector's. */
export type ReaderMenuClick = (tabId: number, info: MenuClickInfo) => Promise<TriggerOutcome | null>;

export interface ReaderTriggers {
  toggle: ToggleReader;
  menuClick: ReaderMenuClick;
}

export function createReaderTriggers(): ReaderTriggers {
  const api: TriggerApi = {
    scripting: browser.scripting,
    tabs: browser.tabs,
    action: browser.action,
    t: (key) => browser.i18n.getMessage(key),
  };
  return {
    toggle: (tabId) => triggerReader(api, tabId, { action: 'toggle' }),
    menuClick: async (tabId, info) => {
      const message = readerMessageForMenuClick(info);
      return message ? triggerReader(api, tabId, message) : null;
    },
  };
}
