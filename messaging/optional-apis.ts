/**
 * Firefox for Android has no context menus, no keyboard commands and no sidebar: there `browser.contextMenus`,
 * `browser.commands` and `browser.sidebarAction` are undefined, and touching one of their events throws, which
 * would stop the background before it wires the toolbar button, and the extension pages would offer a shortcut or a
 * menu that is not there. Each asks first (a feature check, not the user agent).
 */
import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

export function hasApi(api: ExtensionApi, name: 'contextMenus' | 'commands'): boolean {
  // The typings say every namespace exists; on Android these do not.
  return (api as Partial<ExtensionApi>)[name] != null;
}
