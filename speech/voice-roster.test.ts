import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VoicePreferences } from './index';
import { fakeVoice } from '../tests/support/speech/fake-synthesizer';
import { sampleArticle, setup } from '../tests/support/speech/harness';

afterEach(() => {
  vi.useRealTimers();
});

const afrikaans = fakeVoice('Afrikaans', 'af', {}, { default: true });
const american = fakeVoice('American', 'en-US');
const british = fakeVoice('British', 'en-GB');

function memoryPreferences(): VoicePreferences & { saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return { saved, get: (lang) => saved.get(lang), set: (lang, uri) => void saved.set(lang, uri) };
}

describe('Narrator voices', () => {
  it('waits for voiceschanged when the list starts empty, then reads with a voice of the article language', () => {
    const { narrator, synth, runUntil } = setup({ voices: [afrikaans, american, british], voicesLoaded: false, article: sampleArticle('en-GB') });
    narrator.play();
    expect(narrator.state.status).toBe('loading-voices');
    expect(synth.log).toEqual([]);
    synth.loadVoices();
    vi.advanceTimersByTime(1);
    expect(narrator.state.status).toBe('playing');
    expect(narrator.state.voice).toEqual(british);
    expect(synth.log[0]).toMatchObject({ type: 'speak', voice: british.voiceURI });
    runUntil('ended');
    expect(narrator.state.voices).toHaveLength(3);
  });

  it('looks for voices for 30 s before saying there are none, and says so when they come after all', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    // A cold Chromium lists speech-dispatcher's voices 5–14 s late: no verdict in that time.
    vi.advanceTimersByTime(29_900);
    expect(narrator.state).toMatchObject({ status: 'idle', noVoices: false, error: null });
    vi.advanceTimersByTime(200);
    expect(narrator.state).toMatchObject({ status: 'error', noVoices: true, error: { code: 'no-voices' } });
    narrator.stop();
    expect(narrator.state).toMatchObject({ status: 'error', noVoices: true });
    synth.loadVoices();
    vi.advanceTimersByTime(1);
    expect(narrator.state).toMatchObject({
      status: 'idle',
      noVoices: false,
      error: null,
      voice: american,
      notice: { code: 'voices-found' },
    });
    narrator.play();
    expect(narrator.state).toMatchObject({ status: 'playing', notice: null });
  });

  it('finds out there are no voices when it is created, and remembers a Play pressed after that', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    expect(narrator.state).toMatchObject({ status: 'idle', noVoices: false });
    vi.advanceTimersByTime(30_100);
    expect(narrator.state).toMatchObject({ status: 'error', noVoices: true, error: { code: 'no-voices' } });
    // Play is not dead: it waits for voices (they may still be loading, or just installed) and starts with them.
    narrator.play();
    expect(narrator.state).toMatchObject({ status: 'loading-voices', error: null });
    expect(synth.log).toEqual([]);
    vi.advanceTimersByTime(5_000);
    synth.loadVoices();
    vi.advanceTimersByTime(1);
    expect(narrator.state).toMatchObject({ status: 'playing', noVoices: false, error: null, notice: null });
    expect(synth.log[0]).toMatchObject({ type: 'speak', voice: american.voiceURI });
  });

  it('keeps a Play pressed while voices load past its patience, and starts reading when they come', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    narrator.play();
    vi.advanceTimersByTime(30_100);
    // Loaded machines list voices later than 30 s (seen: 24 s with the tests running beside it).
    expect(narrator.state).toMatchObject({ status: 'loading-voices', noVoices: true, error: null });
    vi.advanceTimersByTime(45_000);
    expect(narrator.state.status).toBe('loading-voices');
    (synth as unknown as { voicesVisible: boolean }).voicesVisible = true;
    vi.advanceTimersByTime(1_000);
    expect(narrator.state).toMatchObject({ status: 'playing', noVoices: false, notice: null });
    expect(synth.log[0]).toMatchObject({ type: 'speak', voice: american.voiceURI });
  });

  it('says there are no voices when Play is pressed again after waiting is given up', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    narrator.play();
    vi.advanceTimersByTime(30_100);
    narrator.pause();
    narrator.stop();
    vi.advanceTimersByTime(30_100);
    expect(narrator.state).toMatchObject({ status: 'error', noVoices: true, error: { code: 'no-voices' } });
    expect(synth.log).toEqual([]);
  });

  it('looks again before saying there are none: a browser may fill the list without telling', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    vi.advanceTimersByTime(1_500);
    // Filled silently: no voiceschanged event. The next poll (every second) finds them.
    (synth as unknown as { voicesVisible: boolean }).voicesVisible = true;
    vi.advanceTimersByTime(1_000);
    expect(narrator.state).toMatchObject({ status: 'idle', noVoices: false, error: null, voice: american });
  });

  it('does not report missing voices when they arrive while it waits', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    vi.advanceTimersByTime(1_000);
    synth.loadVoices();
    vi.advanceTimersByTime(10_000);
    expect(narrator.state).toMatchObject({ status: 'idle', noVoices: false, error: null, voice: american });
  });

  it('plays at once when the voice list was already filled', () => {
    const { narrator, synth } = setup({ voices: [american] });
    narrator.play();
    expect(narrator.state.status).toBe('playing');
    expect(synth.log).toHaveLength(1);
  });

  it('does not start speaking when paused while voices load', () => {
    const { narrator, synth } = setup({ voices: [american], voicesLoaded: false });
    narrator.play();
    narrator.pause();
    synth.loadVoices();
    vi.advanceTimersByTime(10_000);
    expect(narrator.state.status).toBe('paused');
    expect(synth.log).toEqual([]);
  });

  it('remembers the chosen voice per language and uses it next time', () => {
    const preferences = memoryPreferences();
    const first = setup({ voices: [afrikaans, american, british], voicePreferences: preferences, article: sampleArticle('en-US') });
    expect(first.narrator.state.voice).toBe(american);
    expect(first.narrator.setVoice(british.voiceURI)).toBe(true);
    expect(preferences.saved.get('en')).toBe(british.voiceURI);
    expect(first.narrator.setVoice('fake:missing')).toBe(false);
    first.narrator.dispose();
    const second = setup({ voices: [afrikaans, american, british], voicePreferences: preferences, article: sampleArticle('en-GB') });
    expect(second.narrator.state.voice).toBe(british);
    const french = setup({ voices: [afrikaans, american, british], voicePreferences: preferences, article: sampleArticle('fr') });
    expect(french.narrator.state.voice).toBe(afrikaans);
  });

  it('picks a voice for the default language when the article does not say', () => {
    const { narrator } = setup({ voices: [afrikaans, american], article: sampleArticle(null), defaultLang: 'en-US' });
    expect(narrator.state.voice).toBe(american);
  });

  it('keeps the current voice when the browser hands out a fresh voice list', () => {
    const { narrator, synth } = setup({ voices: [afrikaans, american, british] });
    narrator.setVoice(british.voiceURI);
    synth.loadVoices();
    vi.advanceTimersByTime(1);
    expect(narrator.state.voice?.voiceURI).toBe(british.voiceURI);
  });
});
