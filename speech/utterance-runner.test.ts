import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildArticle } from '../tests/fixtures/speech/build-article';
import { fakeVoice } from '../tests/support/speech/fake-synthesizer';
import { SAMPLE_TEXTS, sampleArticle, setup } from '../tests/support/speech/harness';

afterEach(() => {
  vi.useRealTimers();
});

const texts = SAMPLE_TEXTS;
const local = fakeVoice('Local', 'en-US');
type Synth = ReturnType<typeof setup>['synth'];
const lastSpeak = (synth: Synth) => synth.log.filter((e) => e.type === 'speak').at(-1);

describe('Narrator watchdog', () => {
  it('gives up on an utterance that does not start within 3 s, then falls back to a local voice', () => {
    const network = fakeVoice('Network', 'en-US', { stall: 'never-start' }, { localService: false, default: true });
    const { narrator, synth, runUntil } = setup({ voices: [network, local] });
    narrator.play();
    expect(narrator.state.voice).toBe(network);
    vi.advanceTimersByTime(2_990);
    expect(synth.cancelCalls).toBe(0);
    vi.advanceTimersByTime(20);
    expect(synth.cancelCalls).toBe(1);
    expect(lastSpeak(synth)).toMatchObject({ text: texts[1], voice: network.voiceURI });
    vi.advanceTimersByTime(3_000);
    // Second failure with the same voice: a local voice takes over and re-reads the failed segment.
    expect(lastSpeak(synth)).toMatchObject({ text: texts[1], voice: local.voiceURI });
    expect(narrator.state.voice).toBe(local);
    expect(narrator.state.notice).toEqual({ code: 'voice-fallback', from: network, to: local });
    runUntil('ended');
    expect(synth.finished).toEqual(texts.slice(1));
    expect(synth.maxQueued).toBe(1);
  });

  it('gives a local voice 10 s to start: a busy or throttled engine starting late keeps its voice', () => {
    const late = fakeVoice('Late local', 'en-US', {}, { default: true });
    const other = fakeVoice('Other local', 'en-US');
    const { narrator, synth, runUntil } = setup({ voices: [late, other], startDelayMs: 4_500 });
    narrator.play();
    runUntil('ended', 300_000);
    expect(synth.cancelCalls).toBe(0);
    expect(narrator.state.notice).toBeNull();
    expect(synth.finished).toEqual(texts);
    expect(synth.log.filter((e) => e.type === 'speak').every((e) => e.voice === late.voiceURI)).toBe(true);
  });

  it('still gives up on a local voice that never starts, after 10 s', () => {
    const dead = fakeVoice('Dead local', 'en-US', { stall: 'never-start' }, { default: true });
    const { narrator, synth } = setup({ voices: [dead, local] });
    narrator.play();
    vi.advanceTimersByTime(9_990);
    expect(synth.cancelCalls).toBe(0);
    vi.advanceTimersByTime(20);
    expect(synth.cancelCalls).toBe(1);
  });

  it('gives up on a started utterance that overruns a generous bound from its length and rate', () => {
    const stalls = fakeVoice('Stalls', 'en-US', { stall: 'never-end' }, { localService: false, default: true });
    const { narrator, synth, runUntil } = setup({ voices: [stalls, local] });
    narrator.play();
    // 20 characters at rate 1: 5 s + 3 × 20/14 s ≈ 9.3 s after start.
    vi.advanceTimersByTime(9_000);
    expect(synth.cancelCalls).toBe(0);
    expect(narrator.state.segment?.index).toBe(0);
    vi.advanceTimersByTime(400);
    expect(synth.cancelCalls).toBe(1);
    expect(narrator.state.segment?.index).toBe(1);
    runUntil('ended');
    expect(narrator.state.notice?.code).toBe('voice-fallback');
    expect(synth.finished).toEqual(texts.slice(1));
  });

  it('scales the bound with the rate and never cuts off a slow but healthy voice', () => {
    const slow = fakeVoice('Slow', 'en-US', { msPerChar: 130 }, { default: true });
    const long = 'A long sentence that goes on, and on, '.repeat(4) + 'until it stops.';
    const article = buildArticle([{ kind: 'paragraph', sentences: [long, 'Short one.'] }]);
    const { narrator, synth, runUntil } = setup({ voices: [slow], article, settings: { rate: 0.5 } });
    narrator.play();
    runUntil('ended', 300_000);
    expect(synth.cancelCalls).toBe(0);
    expect(synth.finished.join(' ')).toBe(`${long} Short one.`);
  });

  it('retries an utterance that failed with synthesis-failed, losing nothing', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.play();
    runUntil('playing');
    vi.advanceTimersByTime(1_300); // segment 1 is being spoken: segment 2 will fail
    synth.nextFailure = 'synthesis-failed';
    runUntil('ended');
    expect(synth.log.filter((e) => e.type === 'error').map((e) => e.text)).toEqual([texts[2]]);
    expect(synth.finished).toEqual(texts);
    expect(narrator.state.notice).toBeNull();
  });

  it('counts a failure against its own segment only: the next segment gets its retry too', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.play(); // segment 0 is already with the synthesizer
    synth.nextFailure = 'synthesis-failed'; // segment 1's first attempt
    vi.advanceTimersByTime(1_300); // segment 1 failed and its retry is under way
    synth.nextFailure = 'synthesis-failed'; // segment 2's first attempt
    runUntil('ended');
    expect(synth.log.filter((e) => e.type === 'error').map((e) => e.text)).toEqual([texts[1], texts[2]]);
    expect(synth.finished).toEqual(texts);
  });

  it('stops with an error, keeping the place, when every voice keeps failing; play tries again', () => {
    const broken = fakeVoice('Broken', 'en-US', { failWith: 'synthesis-failed' }, { default: true });
    const alsoBroken = fakeVoice('Also broken', 'en-US', { failWith: 'audio-busy' });
    const { narrator, synth, runUntil } = setup({ voices: [broken, alsoBroken] });
    narrator.seekToSentence(2);
    narrator.play();
    runUntil('error');
    expect(narrator.state.error).toEqual({ code: 'synthesis-failed' });
    expect(narrator.state.segment?.sentence).toBe(2);
    expect(synth.speaking).toBe(false);
    const speaks = synth.log.filter((e) => e.type === 'speak');
    expect(speaks.map((e) => e.voice)).toEqual([broken.voiceURI, broken.voiceURI, alsoBroken.voiceURI, alsoBroken.voiceURI]);
    narrator.play();
    expect(narrator.state.status).toBe('playing');
    expect(lastSpeak(synth)).toMatchObject({ text: texts[2] });
  });

  it('lets the listener pick the failed voice again, clearing the notice', () => {
    const network = fakeVoice('Network', 'en-US', { stall: 'never-start' }, { localService: false, default: true });
    const { narrator } = setup({ voices: [network, local], article: sampleArticle() });
    narrator.play();
    vi.advanceTimersByTime(6_100);
    expect(narrator.state.notice?.code).toBe('voice-fallback');
    expect(narrator.setVoice(network.voiceURI)).toBe(true);
    expect(narrator.state.notice).toBeNull();
    expect(narrator.state.voice).toBe(network);
  });
});
