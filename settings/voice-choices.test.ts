import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupVoicesByLanguage, languageKey, VOICE_POLL_MS, watchVoices } from './voice-choices';

/** A voice list that fills late, as Chromium's does on a cold start. */
class LateVoices extends EventTarget {
  list: SpeechSynthesisVoice[] = [];
  getVoices = () => this.list;
  arrive(voices: SpeechSynthesisVoice[], announce = true) {
    this.list = voices;
    if (announce) this.dispatchEvent(new Event('voiceschanged'));
  }
}

const voice = (voiceURI: string, lang: string, isDefault = false) =>
  ({ voiceURI, name: voiceURI, lang, default: isDefault, localService: true }) as SpeechSynthesisVoice;

describe('watchVoices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports voices that arrive long after the page opened', () => {
    const synth = new LateVoices();
    const seen: number[] = [];
    const stop = watchVoices(synth, (voices) => seen.push(voices.length));
    vi.advanceTimersByTime(14_000);
    expect(seen).toEqual([]);
    synth.arrive([voice('a', 'en-GB'), voice('b', 'fr-FR')]);
    expect(seen).toEqual([2]);
    stop();
  });

  it('finds voices a browser filled without firing voiceschanged', () => {
    const synth = new LateVoices();
    const seen: number[] = [];
    const stop = watchVoices(synth, (voices) => seen.push(voices.length));
    synth.arrive([voice('a', 'en-GB')], false);
    vi.advanceTimersByTime(VOICE_POLL_MS);
    expect(seen).toEqual([1]);
    stop();
  });

  it('reports the voices at once when they are already there, and a list only when it changes', () => {
    const synth = new LateVoices();
    synth.list = [voice('a', 'en-GB')];
    const seen: number[] = [];
    const stop = watchVoices(synth, (voices) => seen.push(voices.length));
    vi.advanceTimersByTime(VOICE_POLL_MS * 5);
    synth.arrive([voice('a', 'en-GB')]);
    expect(seen).toEqual([1]);
    synth.arrive([voice('a', 'en-GB'), voice('c', 'de-DE')]);
    expect(seen).toEqual([1, 2]);
    stop();
  });

  it('stops listening and polling when stopped', () => {
    const synth = new LateVoices();
    const seen: number[] = [];
    watchVoices(synth, (voices) => seen.push(voices.length))();
    synth.arrive([voice('a', 'en-GB')]);
    vi.advanceTimersByTime(VOICE_POLL_MS * 3);
    expect(seen).toEqual([]);
  });
});

describe('groupVoicesByLanguage', () => {
  it('files voices under their primary language, sorted by language and then name', () => {
    const groups = groupVoicesByLanguage([voice('z', 'fr-CA'), voice('b', 'en_US'), voice('a', 'fr-FR', true)]);
    expect([...groups.keys()]).toEqual(['en', 'fr']);
    expect(groups.get('fr')?.map((choice) => choice.voiceURI)).toEqual(['a', 'z']);
    expect(languageKey('pt-BR')).toBe('pt');
  });
});
