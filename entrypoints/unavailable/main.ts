/**
 * The toolbar popup of a tab Lector could not read: why, and "Try again"
 * (the click that opened this popup granted activeTab, so a retry may work
 * once a page has finished loading).
 */
import { browser } from 'wxt/browser';
import '@/components/styles/extension-page.css';
import './popup.css';
import { localizeDocument, t, type MessageKey } from '@/components/i18n/translate';
import { UNAVAILABLE_REASONS, type RetryMessage, type UnavailableReason } from '@/messaging/protocol';

const REASON_TEXT: Record<UnavailableReason, MessageKey> = {
  'browser-page': 'unavailableBrowserPage',
  store: 'unavailableStore',
  pdf: 'unavailablePdf',
  'file-access': 'unavailableFileAccess',
  other: 'unavailableOther',
};

const params = new URLSearchParams(location.search);
const reason = UNAVAILABLE_REASONS.find((candidate) => candidate === params.get('reason')) ?? 'other';
const tabId = Number(params.get('tab'));

localizeDocument('unavailableTitle');
document.getElementById('title')!.textContent = t('unavailableTitle');
document.getElementById('reason')!.textContent = t(REASON_TEXT[reason]);
const retry = document.getElementById('retry') as HTMLButtonElement;
retry.textContent = t('unavailableTryAgain');
retry.hidden = !Number.isInteger(tabId) || reason === 'browser-page' || reason === 'store';
retry.addEventListener('click', async () => {
  const message: RetryMessage = { type: 'lector:retry', tabId };
  await browser.runtime.sendMessage(message);
  window.close();
});
