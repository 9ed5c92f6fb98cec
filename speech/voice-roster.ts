/** The voices on offer, the one in use, and waiting for a browser that lists its voices late. */
import type { SpeechSynthesizer, VoiceLike } from './synthesizer';
import { chooseFallbackVoice, chooseVoice, languageKey, type VoicePreferences } from './voices';

/**
 * Keeps the browser's voice list and the voice the Narrator reads with: chosen
 * for the article's language, the listener's choice remembered per language,
 * and replaced by a local voice when it keeps failing.
 */
export class VoiceRoster {
  private list: readonly VoiceLike[] = [];
  private chosen: VoiceLike | null = null;
  private readonly failed = new Set<string>();
  private wait: ReturnType<typeof setTimeout> | null = null;
  private onVoicesChanged: (() => void) | null = null;

  constructor(
    private readonly synthesizer: SpeechSynthesizer,
    private readonly lang: string | null,
    private readonly preferences: VoicePreferences | undefined,
  ) {}

  /**
   * Re-reads the list on every `voiceschanged` and tells `onChange` whether
   * there are voices. Chrome fills its list lazily: listening early makes it
   * ready by the time play is pressed.
   */
  watch(onChange: (hasVoices: boolean) => void): void {
    this.unwatch();
    this.onVoicesChanged = () => onChange(this.refresh());
    this.synthesizer.addEventListener('voiceschanged', this.onVoicesChanged);
  }

  /**
   * Asks for the list every `pollMs` and tells `onResult` whether there are voices as soon as
   * there are, or after `timeoutMs` (replacing any wait under way): a browser may fill its list
   * without ever firing `voiceschanged`, and one without voices never fires it.
   */
  waitForVoices(timeoutMs: number, pollMs: number, onResult: (hasVoices: boolean) => void): void {
    this.stopWaiting();
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      const hasVoices = this.refresh();
      if (hasVoices || Date.now() >= deadline) {
        this.wait = null;
        onResult(hasVoices);
      } else {
        this.wait = setTimeout(check, Math.min(pollMs, Math.max(0, deadline - Date.now())));
      }
    };
    this.wait = setTimeout(check, Math.min(pollMs, timeoutMs));
  }

  stopWaiting(): void {
    if (this.wait !== null) clearTimeout(this.wait);
    this.wait = null;
  }

  /** Stops listening and waiting; the roster keeps its list. */
  dispose(): void {
    this.stopWaiting();
    this.unwatch();
  }

  get voices(): readonly VoiceLike[] {
    return this.list;
  }

  /** The voice the next utterance uses. */
  get current(): VoiceLike | null {
    return this.chosen;
  }

  /** Re-reads the browser's list; returns whether there are any voices. */
  refresh(): boolean {
    this.list = this.synthesizer.getVoices();
    // Browsers may hand out new voice objects each time: match by URI to keep a choice or a fallback.
    const uri = this.chosen?.voiceURI;
    this.chosen =
      this.list.find((voice) => voice.voiceURI === uri) ??
      chooseVoice(this.list, this.lang, this.preferences?.get(languageKey(this.lang)));
    return this.list.length > 0;
  }

  /** The listener's choice: used from now on and remembered for the article's language. Null if unknown. */
  choose(voiceURI: string): VoiceLike | null {
    const voice = this.list.find((candidate) => candidate.voiceURI === voiceURI);
    if (!voice) return null;
    this.chosen = voice;
    this.failed.delete(voiceURI);
    this.preferences?.set(languageKey(this.lang), voiceURI);
    return voice;
  }

  /** Marks `failing` as failed and switches to a local voice that has not failed; null when there is none. */
  fallBackFrom(failing: VoiceLike | null): VoiceLike | null {
    if (failing) this.failed.add(failing.voiceURI);
    const fallback = chooseFallbackVoice(this.list, this.lang, this.failed);
    if (fallback) this.chosen = fallback;
    return fallback;
  }

  private unwatch(): void {
    if (this.onVoicesChanged) this.synthesizer.removeEventListener('voiceschanged', this.onVoicesChanged);
    this.onVoicesChanged = null;
  }
}
