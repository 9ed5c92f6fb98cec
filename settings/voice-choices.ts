/**
 * The voices a user can choose from, grouped the way the "voice per language"
 * setting stores them: by primary language subtag (`en`, `fr`, `pt`).
 */
import { languageKey } from '@/speech/voices';

export interface VoiceChoice {
  voiceURI: string;
  name: string;
  lang: string;
  isDefault: boolean;
}

/** The key a voice or an article language files under in `VoicesByLanguage`: the same one the Narrator remembers voices by. */
export { languageKey };

export function groupVoicesByLanguage(
  voices: readonly Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'default'>[],
): Map<string, VoiceChoice[]> {
  const groups = new Map<string, VoiceChoice[]>();
  for (const voice of voices) {
    if (!voice.lang) continue;
    const key = languageKey(voice.lang);
    const group = groups.get(key) ?? [];
    group.push({ voiceURI: voice.voiceURI, name: voice.name, lang: voice.lang, isDefault: voice.default });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.name.localeCompare(b.name));
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** "French", "français"…: the language's name in `displayLocale`, or the tag itself. */
export function languageName(tag: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

type VoiceSource = Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>;

/** How often the list is asked for again: a browser may fill it without firing `voiceschanged`. */
export const VOICE_POLL_MS = 1000;

/**
 * Calls `onVoices` with the system's voices now (if there are any) and every time the list
 * changes, until the returned function is called. It never gives up: on a cold start
 * Chromium's speech-dispatcher voices arrive 5–14 s late, and a page that had stopped
 * listening would tell the user there are no voices while they are on their way.
 */
export function watchVoices(
  synth: VoiceSource,
  onVoices: (voices: SpeechSynthesisVoice[]) => void,
  pollMs = VOICE_POLL_MS,
): () => void {
  let seen = '';
  const check = () => {
    const voices = synth.getVoices();
    const identity = voices.map((voice) => voice.voiceURI).join('\n');
    if (identity === seen) return;
    seen = identity;
    onVoices(voices);
  };
  synth.addEventListener('voiceschanged', check);
  const timer = setInterval(check, pollMs);
  check();
  return () => {
    clearInterval(timer);
    synth.removeEventListener('voiceschanged', check);
  };
}
