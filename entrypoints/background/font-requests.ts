/**
 * Hands the reader (a content script, which pages' rules stop from loading
 * extension files) the bytes of a bundled font file. Only the files listed in
 * assets/fonts/bundled-fonts.ts, and only to Lector's own scripts.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_FONT_DIR, isBundledFontFile } from '@/assets/fonts/bundled-fonts';
import { isFontRequest, type FontResponse } from '@/messaging/protocol';

export async function readBundledFont(file: string): Promise<FontResponse> {
  if (!isBundledFontFile(file)) return null;
  const response = await fetch(browser.runtime.getURL(`/${BUNDLED_FONT_DIR}/${file}` as '/'));
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode(...bytes) on a whole file overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary) };
}

/** A runtime.onMessage listener answering font requests from Lector's reader. */
export function answerFontRequests(
  message: unknown,
  sender: { id?: string },
  sendResponse: (response: FontResponse) => void,
): true | undefined {
  if (!isFontRequest(message) || sender.id !== browser.runtime.id) return undefined;
  readBundledFont(message.file).then(sendResponse, () => sendResponse(null));
  return true;
}

export function setupFontRequests(): void {
  browser.runtime.onMessage.addListener(answerFontRequests);
}
