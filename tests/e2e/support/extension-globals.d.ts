/**
 * Code passed to `serviceWorker.evaluate(...)` runs inside the extension's
 * service worker, where the `chrome` namespace exists; this types it for tests.
 */
import type { Browser } from '@wxt-dev/browser';

declare global {
  // eslint-disable-next-line no-var -- a global binding, as in the service worker.
  var chrome: typeof Browser;
}

export {};
