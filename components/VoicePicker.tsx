/**
 * The voice menu. Linux systems list thousands of espeak-ng voices, so it
 * offers those for the article's language (and the one in use); the options
 * page has the full list per language.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { languageKey, type NarratorState, type VoiceLike } from '../speech/index';
import type { Translate } from './i18n/messages';

/**
 * A longer list is drawn only once the reader has been painted. espeak-ng lists 816 English voices (13,362 in all)
 * under speech-dispatcher: drawing them with the reader held its first paint, and the first utterance's `start`
 * event, 100–400 ms on a loaded 2-core machine. Until then the menu holds the voice in use, which is what it shows.
 */
export const VOICES_DRAWN_AT_ONCE = 50;

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
  // Recomputed only when the list or the voice changes, not at every word the Narrator reports.
  const all = useMemo(() => voicesFor(narrator.voices, lang, narrator.voice), [narrator.voices, lang, narrator.voice]);
  const [whole, setWhole] = useState(false);
  useEffect(() => (whole ? undefined : afterPaint(() => setWhole(true))), [whole]);
  const voices = whole || all.length <= VOICES_DRAWN_AT_ONCE ? all : narrator.voice ? [narrator.voice] : all.slice(0, 1);
  const empty = voices.length === 0;
  return (
    <label class="lector-field">
      <span>{t('readerVoice')}</span>
      <select
        class="lector-select"
        disabled={empty}
        value={narrator.voice?.voiceURI ?? ''}
        // Reached before the list was drawn (a key pressed at once): drawn now.
        onFocus={() => setWhole(true)}
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

/** Calls `then` in a task after the next frame is painted (a timer alone may run before it); returns a cancel. */
function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(then))) : null;
  if (frame === null) timer = setTimeout(then);
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
