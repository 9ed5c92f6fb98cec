/** The welcome page opens once, when Lector is first installed (not on updates). */
import { browser } from 'wxt/browser';

export function setupWelcomePage(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
