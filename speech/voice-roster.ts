/** The voices on offer and the one in use. */
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

  constructor(
    private readonly synthesizer: SpeechSynthesizer,
    private readonly lang: string | null,
    private readonly preferences: VoicePreferences | undefined,
  ) {}

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
}
