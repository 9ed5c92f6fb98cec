/**
 * Pages no extension may script (browser pages, extension stores, the PDF
 * viewer, files without file access): say so on the toolbar button instead of
 * failing silently. Only tab-specific action state is used, which the browser
 * clears when the tab navigates; `notifications` is not a permission we take.
 */
import type { browser } from 'wxt/browser';
import type { UnavailableReason } from '@/messaging/protocol';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools):/i;
const STORE_URLS = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org/i,
  /^https:\/\/addons\.opera\.com/i,
];

/** Why the reader could not be injected, from the tab's URL when known, else the browser's error. */
export function classifyUnavailable(url: string | undefined, error: unknown): UnavailableReason {
  if (url) {
    if (STORE_URLS.some((store) => store.test(url))) return 'store';
    if (BROWSER_SCHEMES.test(url)) return 'browser-page';
    if (/^file:/i.test(url)) return /\.pdf([?#]|$)/i.test(url) ? 'pdf' : 'file-access';
    if (/\.pdf([?#]|$)/i.test(url)) return 'pdf';
  }
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/extensions gallery|web ?store/i.test(message)) return 'store';
  if (/(chrome|edge|about|chrome-extension|moz-extension|resource):/i.test(message)) return 'browser-page';
  if (/pdf/i.test(message)) return 'pdf';
  if (/file:/i.test(message)) return 'file-access';
  return 'other';
}

/** The popup shown on the toolbar button of an unavailable tab. */
export function unavailablePopupPath(reason: UnavailableReason, tabId: number): string {
  return `/unavailable.html?reason=${reason}&tab=${tabId}`;
}

export type ActionApi = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'setPopup' | 'openPopup'
>;
type Translate = (key: 'unavailableBadgeTitle' | 'actionTitle') => string;

export async function showUnavailable(
  action: ActionApi,
  t: Translate,
  tabId: number,
  reason: UnavailableReason,
): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: '!' }),
    action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    action.setTitle({ tabId, title: t('unavailableBadgeTitle') }),
    action.setPopup({ tabId, popup: unavailablePopupPath(reason, tabId) }),
  ]);
  try {
    // Opens the explanation right away where the browser allows it (user gesture);
    // otherwise the badge stays and the next click opens it.
    await action.openPopup();
  } catch {
    // No gesture or no support: the badge and title already tell.
  }
}

export async function clearUnavailable(action: ActionApi, t: Translate, tabId: number): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: t('actionTitle') }),
    action.setPopup({ tabId, popup: '' }),
  ]);
}
