/** Choosing a voice for an article's language, and remembering the listener's choice. */
import type { VoiceLike } from './synthesizer';

/**
 * Where the listener's voice choice per language is kept. The Narrator stays
 * storage-agnostic; the extension backs this with its settings storage.
 */
export interface VoicePreferences {
  /** The remembered `voiceURI` for a language key (see `languageKey`), if any. */
  get(lang: string): string | undefined;
  set(lang: string, voiceURI: string): void;
}

/** `en_US` and `EN-us` both become `en-us`. */
export function normalizeLanguageTag(tag: string | null | undefined): string {
  return (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
}

/**
 * The key a voice choice is remembered under: the primary language subtag
 * (`en` for both `en-GB` and `en-US`), so one choice serves every English article.
 * `und` (undetermined, as in BCP 47) when the language is unknown.
 */
export function languageKey(tag: string | null | undefined): string {
  return normalizeLanguageTag(tag).split('-')[0] || 'und';
}

/**
 * The voice to read `lang` with: the remembered one if the browser still has it;
 * else one for the exact language tag, else for the same primary language
 * (preferring the system default, then local voices, which stall less than
 * network ones); else the system default; else the first voice. Null only when
 * there are no voices.
 */
export function chooseVoice(voices: readonly VoiceLike[], lang: string | null, preferredURI?: string): VoiceLike | null {
  if (preferredURI) {
    const preferred = voices.find((voice) => voice.voiceURI === preferredURI);
    if (preferred) return preferred;
  }
  return bestForLanguage(voices, lang, () => true) ?? voices.find((voice) => voice.default) ?? voices[0] ?? null;
}

/**
 * A local voice to fall back to when `failing` keeps failing: same language
 * first, else the local default voice. Voices in `exclude` (those that already
 * failed) are never chosen, so the Narrator cannot bounce between two bad voices.
 */
export function chooseFallbackVoice(
  voices: readonly VoiceLike[],
  lang: string | null,
  exclude: ReadonlySet<string>,
): VoiceLike | null {
  const usable = (voice: VoiceLike) => voice.localService && !exclude.has(voice.voiceURI);
  return bestForLanguage(voices, lang, usable) ?? voices.find((voice) => voice.default && usable(voice)) ?? null;
}

function bestForLanguage(voices: readonly VoiceLike[], lang: string | null, usable: (voice: VoiceLike) => boolean): VoiceLike | null {
  const wanted = normalizeLanguageTag(lang);
  if (!wanted) return null;
  const wantedPrimary = languageKey(wanted);
  let best: VoiceLike | null = null;
  let bestScore = 0;
  for (const voice of voices) {
    if (!usable(voice)) continue;
    const tag = normalizeLanguageTag(voice.lang);
    const languageScore = tag === wanted ? 4 : languageKey(tag) === wantedPrimary ? 2 : 0;
    if (languageScore === 0) continue;
    const score = languageScore * 4 + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
