/**
 * The reader, injected on demand by the background (never declared for every
 * page). Injected once per document; each trigger then arrives as a message.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isSamePage } from './page-navigation';
import { isQueueAddMessage, isReaderMessage, READER_LOADED_FLAG, type QueueAddOutcome, type ReaderOutcome } from '@/messaging/protocol';
import { t } from '@/components/i18n/translate';
import { queuePage } from './queue-add';
import { ReaderController } from './reader-controller';
import { markOpenPhase } from './open-phases';

export default defineContentScript({
  registration: 'runtime',
  // No `wxt:content-script-started` postMessage: the page should not hear from us.
  noScriptStartedPostMessage: true,
  globalName: false,
  main(ctx) {
    markOpenPhase('injected');
    const controller = new ReaderController(ctx);
    const flags = globalThis as unknown as Record<string, unknown>;
    flags[READER_LOADED_FLAG] = true;
    ctx.onInvalidated(() => delete flags[READER_LOADED_FLAG]);

    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (outcome: ReaderOutcome | QueueAddOutcome) => void,
    ): true | undefined => {
      if (isQueueAddMessage(message)) {
        queuePage(() => controller.articleForQueue(), t, (text) => controller.say(text)).then(sendResponse, () =>
          sendResponse({ kind: 'failed' }),
        );
        return true;
      }
      if (!isReaderMessage(message)) return undefined;
      markOpenPhase('message');
      // The context menu's items ("Read page aloud", "Read aloud from here") start reading; the toolbar only opens.
      const handled =
        message.action === 'toggle'
          ? controller.toggle({ startHint: message.startHint })
          : controller.open({ startHint: message.startHint, readAloud: true });
      handled.then(sendResponse, (error: unknown) =>
        sendResponse({
          shown: 'no-article',
          code: 'error',
          reason: error instanceof Error ? error.message : String(error),
          via: 'none',
        }),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // SPA navigation: the article on screen would be stale, so the reader closes.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (!isSamePage(event.oldUrl.href, event.newUrl.href)) controller.close();
    });
    // bfcache: a page restored with the reader open would show it over a page the user left.
    // Only the browser's own pagehide: a page dispatching one must not close the reader.
    ctx.addEventListener(window, 'pagehide', (event) => {
      if (event.isTrusted) controller.close();
    });
  },
});
