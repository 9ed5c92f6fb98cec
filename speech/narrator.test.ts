import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_TEXTS, plainVoice, sampleArticle, setup, wordVoice } from '../tests/support/speech/harness';
import { buildArticle } from '../tests/fixtures/speech/build-article';
import { fakeVoice } from '../tests/support/speech/fake-synthesizer';

afterEach(() => {
  vi.useRealTimers();
});

const allTexts = SAMPLE_TEXTS;

describe('Narrator: reading', () => {
  it('reads every segment once, in order, one utterance at a time, and ends', () => {
    const { narrator, synth, runUntil, states } = setup();
    expect(narrator.state).toMatchObject({ status: 'idle', progress: { done: 0, total: 7 } });
    narrator.play();
    // The first utterance is handed over synchronously, inside play().
    expect(synth.log[0]).toMatchObject({ type: 'speak', text: allTexts[0] });
    expect(narrator.state.status).toBe('playing');
    runUntil('ended');
    expect(synth.finished).toEqual(allTexts);
    expect(synth.maxQueued).toBe(1);
    expect(synth.cancelCalls).toBe(0);
    expect(narrator.state).toMatchObject({ status: 'ended', segment: null, word: null, progress: { done: 7, total: 7, secondsRemaining: 0 } });
    const done = states.map((state) => state.progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const remaining = states.filter((s) => s.status === 'playing').map((s) => s.progress.secondsRemaining);
    expect(remaining[0]).toBeGreaterThan(remaining.at(-1) ?? Infinity);
  });

  it('tags the current segment with its sentence and block', () => {
    const { narrator, runUntil } = setup();
    narrator.play();
    runUntil('playing');
    vi.advanceTimersByTime(1_300 + 1_300 + 100);
    expect(narrator.state.segment).toMatchObject({ text: 'Charlie second sentence here.', sentence: 2, block: 1, kind: 'paragraph' });
    expect(narrator.state.progress.done).toBe(2);
  });

  it('applies voice, language, rate, pitch and volume to each utterance', () => {
    const { narrator, synth } = setup({ settings: { rate: 2, pitch: 0.5, volume: 0.25 } });
    const spokenWith: unknown[] = [];
    const speak = synth.speak.bind(synth);
    synth.speak = (utterance) => {
      spokenWith.push({ voice: utterance.voice, lang: utterance.lang, rate: utterance.rate, pitch: utterance.pitch, volume: utterance.volume });
      speak(utterance);
    };
    narrator.play();
    expect(spokenWith[0]).toEqual({ voice: plainVoice, lang: 'en-US', rate: 2, pitch: 0.5, volume: 0.25 });
  });

  it('clamps settings and ignores numbers that are not finite', () => {
    const { narrator } = setup();
    narrator.setRate(8);
    expect(narrator.state.settings.rate).toBe(8);
    narrator.setRate(25);
    expect(narrator.state.settings.rate).toBe(10);
    narrator.setRate(0.1);
    expect(narrator.state.settings.rate).toBe(0.5);
    narrator.setRate(Number.NaN);
    expect(narrator.state.settings.rate).toBe(0.5);
    narrator.setPitch(5);
    narrator.setVolume(-1);
    expect(narrator.state.settings).toEqual({ rate: 0.5, pitch: 2, volume: 0 });
  });

  it('changes voice, pitch and volume from the next segment on, without cutting the current one', () => {
    const other = fakeVoice('Other', 'en-US');
    const { narrator, synth, runUntil } = setup({ voices: [plainVoice, other] });
    narrator.play();
    vi.advanceTimersByTime(100);
    narrator.setPitch(1.5);
    narrator.setVolume(0.5);
    expect(narrator.setVoice(other.voiceURI)).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(synth.cancelCalls).toBe(0);
    runUntil('ended');
    const speaks = synth.log.filter((e) => e.type === 'speak');
    expect(speaks[0]).toMatchObject({ rate: 1, voice: plainVoice.voiceURI });
    expect(speaks[1]).toMatchObject({ rate: 1, voice: other.voiceURI });
    expect(synth.finished).toEqual(allTexts);
  });

  it('says there is nothing to read for an article without sentences', () => {
    const { narrator, synth } = setup({ article: { ...sampleArticle(), sentences: [] } });
    narrator.play();
    expect(narrator.state.status).toBe('error');
    expect(narrator.state.error?.code).toBe('nothing-to-read');
    // A code only: the words are the UI's (components/i18n/narrator-words.ts).
    expect(narrator.state.error).toEqual({ code: 'nothing-to-read' });
    expect(synth.log).toEqual([]);
  });
});

describe('Narrator: pause and resume', () => {
  it('really stops speech with a voice whose pause() is a no-op, and resumes at the same segment', () => {
    const linux = fakeVoice('Linux', 'en-US', { pause: 'no-op' }, { default: true });
    const { narrator, synth, runUntil } = setup({ voices: [linux] });
    // The fake models the platform: its own pause() leaves speech going.
    narrator.play();
    vi.advanceTimersByTime(1_300 + 500); // into segment 1
    synth.pause();
    expect(synth.speaking).toBe(true);

    narrator.pause();
    expect(narrator.state.status).toBe('paused');
    expect(synth.speaking).toBe(false);
    expect(narrator.state.segment?.text).toBe(allTexts[1]);
    vi.advanceTimersByTime(10_000); // the late `interrupted` from our own cancel must not move the place
    expect(narrator.state).toMatchObject({ status: 'paused', notice: null });
    expect(narrator.state.segment?.text).toBe(allTexts[1]);

    narrator.resume();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[1] });
    runUntil('ended');
    expect(synth.finished).toEqual(allTexts);
  });

  it('resumes a long sentence at the piece that was interrupted, not at the start of the sentence', () => {
    // About 40 words: more than one speech chunk (at most 175 characters each).
    const long =
      'The council met on Tuesday evening to discuss the new harbour plan, which would move the ferry terminal ' +
      'two miles north, rebuild the old sea wall with local stone, and open a walking path along the water for everyone.';
    const { narrator, synth, runUntil } = setup({ article: buildArticle([{ kind: 'paragraph', sentences: [long] }]) });
    const pieces = narrator.segments.map((segment) => segment.text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 175)).toBe(true);
    narrator.play();
    runUntil('playing');
    while (synth.finished.length < 1) vi.advanceTimersByTime(50);
    vi.advanceTimersByTime(500); // into the second piece
    narrator.pause();
    expect(narrator.state.segment?.text).toBe(pieces[1]);
    narrator.resume();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: pieces[1] });
    runUntil('ended');
    expect(synth.finished).toEqual(pieces);
  });

  it('resumes from the last word boundary when the voice reports them', () => {
    const { narrator, synth, runUntil } = setup({ voices: [wordVoice] });
    narrator.play();
    vi.advanceTimersByTime(1_300 + 5 + 'Bravo first '.length * 60 + 30);
    expect(narrator.state.word).toEqual({ sentence: 1, block: 1, charIndex: 'Bravo first '.length, length: 'sentence.'.length });
    narrator.pause();
    expect(narrator.state.word).toBeNull();
    narrator.play();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: 'sentence.' });
    vi.advanceTimersByTime(10);
    expect(narrator.state.word).toEqual({ sentence: 1, block: 1, charIndex: 'Bravo first '.length, length: 'sentence.'.length });
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[0], 'sentence.', ...allTexts.slice(2)]);
  });

  it('does not call the global cancel() when it is not speaking', () => {
    const { narrator, synth } = setup();
    narrator.pause();
    narrator.stop();
    narrator.next();
    narrator.play();
    narrator.pause();
    expect(synth.cancelCalls).toBe(1);
    narrator.next();
    narrator.previous();
    narrator.pause();
    narrator.stop();
    expect(synth.cancelCalls).toBe(1);
  });

  it('treats a cancel by someone else as a pause, keeping the place', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.play();
    vi.advanceTimersByTime(1_300 + 500);
    synth.cancelFromElsewhere();
    vi.advanceTimersByTime(1);
    expect(narrator.state.status).toBe('paused');
    expect(narrator.state.notice?.code).toBe('interrupted');
    expect(narrator.state.segment?.text).toBe(allTexts[1]);
    narrator.play();
    expect(narrator.state.notice).toBeNull();
    runUntil('ended');
    expect(synth.finished).toEqual(allTexts);
  });

  it('keeps the place when the browser does not allow speech yet, and retries on play', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.play();
    runUntil('playing');
    vi.advanceTimersByTime(1_300);
    synth.nextFailure = 'not-allowed';
    vi.advanceTimersByTime(1_300);
    expect(narrator.state.error?.code).toBe('not-allowed');
    const place = narrator.state.segment?.text;
    expect(place).toBe(allTexts[2]);
    vi.advanceTimersByTime(10_000);
    expect(narrator.state.segment?.text).toBe(place);
    narrator.play();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: place });
    runUntil('ended');
    expect(synth.finished).toEqual(allTexts);
  });
});

