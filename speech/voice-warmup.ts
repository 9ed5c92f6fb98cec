/**
 * Asking for the voice list before there is anything to read. Chromium lists a document's voices only after the
 * document first asks (`getVoices()` returns [] then, and `voiceschanged` follows one browser round trip later,
 * 100–250 ms on a loaded 2-core machine), even when the browser has had the voices for minutes. A Narrator created
 * once the article is extracted would ask only then, so "Read page aloud" waited that round trip after the article
 * was ready ("loading voices"). Asked when the reader starts opening, the list arrives while the page is extracted.
 */
import type { SpeechGlobals } from './synthesizer';

export function askForVoicesEarly(scope: SpeechGlobals = globalThis as SpeechGlobals): void {
  try {
    scope.speechSynthesis?.getVoices();
  } catch {
    // A browser whose speech throws here has nothing to warm; the Narrator reports what it finds later.
  }
}
