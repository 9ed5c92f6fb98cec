/** Sent by the unavailable-page popup's "Try again" button (the click there grants activeTab anew). */
export interface RetryMessage {
  type: 'lector:retry';
  tabId: number;
}

export function isRetryMessage(message: unknown): message is RetryMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, tabId } = message as { type?: unknown; tabId?: unknown };
  return type === 'lector:retry' && typeof tabId === 'number' && Number.isInteger(tabId);
}
