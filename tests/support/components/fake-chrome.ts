/**
 * Imported first by tests whose components reach the settings module:
 * @wxt-dev/browser binds `globalThis.chrome` when first imported, and defining
 * storage items reads storage, so the fake has to be in place before either.
 */
import { fakeBrowser } from '@webext-core/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
