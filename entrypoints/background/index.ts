/**
 * Background wiring: every trigger (toolbar button, keyboard command, context
 * menu, the unavailable-page popup's "Try again") goes through the reader
 * triggers; each job is one setup call, in a file named for it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setupContextMenus } from './context-menus';
import { installE2EHooks } from './e2e-hooks';
import { setupExtractorInjection } from './extractor-injection';
import { setupFontRequests } from './font-requests';
import { addTabToQueue, setupQueueRequests, showQueueBadge } from './queue-requests';
import { createReaderTriggers } from './reader-triggers';
import { setupRetryRequests } from './retry-requests';
import { setupToggleCommand } from './toggle-command';
import { setupToolbarButton } from './toolbar-button';
import { setupWelcomePage } from './welcome-page';

export default defineBackground(() => {
  const { toggle, menuClick } = createReaderTriggers();
  setupToolbarButton(toggle);
  setupToggleCommand(toggle);
  setupContextMenus(menuClick);
  setupRetryRequests(toggle);
  setupFontRequests();
  setupExtractorInjection();
  setupWelcomePage();
  const addToQueue = async (tabId: number) => {
    const outcome = await addTabToQueue({ scripting: browser.scripting, tabs: browser.tabs }, tabId);
    await showQueueBadge(browser.action, (key, substitutions) => browser.i18n.getMessage(key, substitutions), tabId, outcome);
    return outcome;
  };
  setupQueueRequests(addToQueue);
  if (import.meta.env.MODE === 'e2e') installE2EHooks({ open: toggle, menuClick, addToQueue });
});
