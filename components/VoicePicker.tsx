/**
 * The voice menu. Linux systems list thousands of espeak-ng voices, so it
 * offers those for the article's language (and the one in use); the options
 * page has the full list per language.
 */
import { languageKey, type NarratorState, type VoiceLike } from '../speech/index';
import type { Translate } from './i18n/messages';

export interface VoicePickerProps {
  t: Translate;
  narrator: NarratorState;
  lang: string | null;
  onChoose: (voiceURI: string) => void;
}

export function voicesFor(voices: readonly VoiceLike[], lang: string | null, current: VoiceLike | null): VoiceLike[] {
  const wanted = languageKey(lang ?? current?.lang);
  const matching = voices.filter((voice) => languageKey(voice.lang) === wanted);
  const list = matching.length > 0 ? matching : [...voices];
  if (current && !list.some((voice) => voice.voiceURI === current.voiceURI)) list.unshift(current);
  return list;
}

export function VoicePicker({ t, narrator, lang, onChoose }: VoicePickerProps) {
  const voices = voicesFor(narrator.voices, lang, narrator.voice);
  const empty = voices.length === 0;
  return (
    <label class="lector-field">
      <span>{t('readerVoice')}</span>
      <select
        class="lector-select"
        disabled={empty}
        value={narrator.voice?.voiceURI ?? ''}
        onChange={(event) => onChoose(event.currentTarget.value)}
      >
        {empty ? (
          <option value="">{narrator.noVoices ? t('readerNoVoicesShort') : t('readerVoicesLoading')}</option>
        ) : (
          voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {voice.name} ({voice.lang})
            </option>
          ))
        )}
      </select>
    </label>
  );
}
