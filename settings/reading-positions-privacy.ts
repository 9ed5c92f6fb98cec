/**
 * Reading positions and private windows. Where the user lets Lector run in
 * private (incognito) windows, their content scripts write to the same
 * storage.local as normal windows, which outlives the private session: so no
 * position is written there unless the user ticked "Also in private windows"
 * on the options page. Kept on this device only, like the positions.
 */
import { browser } from 'wxt/browser';
import { defineItem } from './storage-item';

export const rememberPrivatePositionsItem = defineItem<boolean>('local:rememberPrivateReadingPositions', {
  fallback: false,
  version: 1,
});

/** True in a content script (or extension page) of a private window; false where the browser cannot say. */
export function isPrivateContext(): boolean {
  try {
    return browser.extension?.inIncognitoContext === true;
  } catch {
    return false;
  }
}
