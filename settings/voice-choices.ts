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

/**
 * The system's voices. Browsers fill the list asynchronously (Chrome returns []
 * until `voiceschanged`), so wait for it, but never longer than `timeoutMs`:
 * a system without voices never fires the event.
 */
export function waitForVoices(
  synth: Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>,
  timeoutMs = 3000,
): Promise<SpeechSynthesisVoice[]> {
  const voices = synth.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}
