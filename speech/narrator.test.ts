import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainVoice, sampleArticle, setup, wordVoice } from '../tests/support/speech/harness';
import { buildArticle } from '../tests/fixtures/speech/build-article';
import { fakeVoice } from '../tests/support/speech/fake-synthesizer';

afterEach(() => {
  vi.useRealTimers();
});

const allTexts = [
  'Heading: Alpha title',
  'Bravo first sentence.',
  'Charlie second sentence here.',
  'Delta caption text.',
  'Heading: Echo section',
  'Foxtrot third sentence.',
  'Golf final words.',
];

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
    narrator.setRate(10);
    expect(narrator.state.settings.rate).toBe(3);
    narrator.setRate(0.1);
    expect(narrator.state.settings.rate).toBe(0.5);
    narrator.setRate(Number.NaN);
    expect(narrator.state.settings.rate).toBe(0.5);
    narrator.setPitch(5);
    narrator.setVolume(-1);
    expect(narrator.state.settings).toEqual({ rate: 0.5, pitch: 2, volume: 0 });
  });

  it('changes rate and voice from the next segment on, without cutting the current one', () => {
    const other = fakeVoice('Other', 'en-US');
    const { narrator, synth, runUntil } = setup({ voices: [plainVoice, other] });
    narrator.play();
    vi.advanceTimersByTime(100);
    narrator.setRate(2);
    expect(narrator.setVoice(other.voiceURI)).toBe(true);
    expect(synth.cancelCalls).toBe(0);
    runUntil('ended');
    const speaks = synth.log.filter((e) => e.type === 'speak');
    expect(speaks[0]).toMatchObject({ rate: 1, voice: plainVoice.voiceURI });
    expect(speaks[1]).toMatchObject({ rate: 2, voice: other.voiceURI });
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

describe('Narrator: moving around', () => {
  it('skips forward while playing: the target is spoken at once', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.play();
    vi.advanceTimersByTime(200);
    expect(narrator.next('heading')).toBe(true);
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[4] });
    expect(narrator.next('paragraph')).toBe(true);
    expect(narrator.state.segment?.text).toBe(allTexts[5]);
    runUntil('ended');
    expect(synth.finished).toEqual(allTexts.slice(5));
  });

  it('moves without speaking while paused or idle, then plays from there', () => {
    const { narrator, synth } = setup();
    expect(narrator.seekToSentence(5)).toBe(true);
    expect(narrator.state).toMatchObject({ status: 'idle', segment: { sentence: 5 } });
    expect(synth.log).toEqual([]);
    expect(narrator.previous('sentence')).toBe(true);
    expect(narrator.state.segment?.sentence).toBe(4);
    expect(narrator.seekToBlock(2)).toBe(true);
    expect(narrator.state.segment?.kind).toBe('caption');
    narrator.play();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[3] });
    narrator.pause();
    narrator.previous('heading');
    expect(narrator.state).toMatchObject({ status: 'paused', segment: { sentence: 0 } });
    expect(synth.log.filter((e) => e.type === 'speak')).toHaveLength(1);
  });

  it('reports false and stays put when there is nowhere to go', () => {
    const { narrator } = setup();
    expect(narrator.previous('sentence')).toBe(false);
    expect(narrator.seekToSentence(99)).toBe(false);
    narrator.seekToSentence(6);
    expect(narrator.next('sentence')).toBe(false);
    expect(narrator.next('heading')).toBe(false);
    expect(narrator.state.segment?.sentence).toBe(6);
  });

  it('stop goes back to the start; play after the end starts over', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.seekToSentence(5);
    narrator.play();
    narrator.stop();
    expect(narrator.state).toMatchObject({ status: 'idle', segment: { index: 0 }, progress: { done: 0 } });
    expect(synth.speaking).toBe(false);
    narrator.seekToSentence(6);
    narrator.play();
    runUntil('ended');
    narrator.play();
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: allTexts[0] });
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[6], ...allTexts]);
  });

  it('after the end, "previous" goes to the last sentence and play reads it', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.seekToSentence(6);
    narrator.play();
    runUntil('ended');
    expect(narrator.previous('sentence')).toBe(true);
    expect(narrator.state).toMatchObject({ status: 'idle', segment: { sentence: 6 } });
    narrator.play();
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[6], allTexts[6]]);
  });
});

describe('Narrator: words and options', () => {
  it('emits the current word from boundary events, in sentence coordinates', () => {
    const article = sampleArticle();
    const { narrator, states, runUntil } = setup({ voices: [wordVoice] });
    narrator.play();
    runUntil('ended');
    const words = states.flatMap((s) => (s.word ? [s.word] : []));
    const spokenWords = words.map((w) => article.sentences[w.sentence]?.text.slice(w.charIndex, w.charIndex + w.length));
    const expected = article.sentences.flatMap((s) => s.text.split(' '));
    // Consecutive states may repeat a word; the announcement "Heading:" is never a word.
    expect(spokenWords.filter((w, i) => w !== spokenWords[i - 1])).toEqual(expected);
  });

  it('stays at sentence level for voices without boundary events', () => {
    const { narrator, states, runUntil } = setup({ voices: [plainVoice] });
    narrator.play();
    runUntil('ended');
    expect(states.every((s) => s.word === null)).toBe(true);
    expect(new Set(states.map((s) => s.segment?.sentence)).size).toBe(8); // 7 sentences + null at the end
  });

  it('keeps the place when options change, and leaves a block that is now skipped', () => {
    const { narrator, synth, runUntil } = setup();
    narrator.seekToSentence(2);
    narrator.play();
    narrator.setOptions({ announceHeadings: false });
    expect(narrator.state.segment?.sentence).toBe(2);
    expect(synth.cancelCalls).toBe(0);
    vi.advanceTimersByTime(2_000); // now on the caption
    expect(narrator.state.segment?.kind).toBe('caption');
    narrator.setOptions({ skipCaptions: true });
    expect(narrator.state.segment?.text).toBe('Echo section');
    expect(synth.log.at(-1)).toMatchObject({ type: 'speak', text: 'Echo section' });
    runUntil('ended');
    expect(synth.finished).toEqual([allTexts[2], 'Echo section', ...allTexts.slice(5)]);
    expect(narrator.segments.map((s) => s.kind)).not.toContain('caption');
  });
});

describe('Narrator: subscribers and disposal', () => {
  it('calls a subscriber at once and on changes, until it unsubscribes', () => {
    const { narrator } = setup();
    const seen: string[] = [];
    const unsubscribe = narrator.subscribe((s) => seen.push(s.status));
    expect(seen).toEqual(['idle']);
    narrator.play();
    unsubscribe();
    narrator.pause();
    expect(seen).toEqual(['idle', 'playing']);
  });

  it('keeps speaking when a subscriber throws, and reports the error asynchronously', async () => {
    const { narrator, synth } = setup();
    narrator.subscribe((s) => {
      if (s.status === 'playing') throw new Error('listener bug');
    });
    const later = vi.fn();
    narrator.subscribe(later);
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      narrator.play();
      await Promise.resolve();
    } catch (error) {
      errors.push(error);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([expect.objectContaining({ message: 'listener bug' })]);
    expect(synth.speaking).toBe(true);
    expect(later).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'playing' }));
  });

  it('gives a subscriber that acts on the Narrator the newest state last', () => {
    const { narrator } = setup();
    const last: string[] = [];
    narrator.subscribe((s) => {
      if (s.status === 'playing') narrator.pause();
    });
    narrator.subscribe((s) => last.push(s.status));
    narrator.play();
    expect(last.at(-1)).toBe('paused');
  });

  it('dispose cancels its own speech and lets go of voiceschanged', () => {
    const { narrator, synth } = setup();
    expect(synth.voiceListenerCount).toBe(1);
    narrator.play();
    narrator.dispose();
    expect(synth.speaking).toBe(false);
    expect(synth.voiceListenerCount).toBe(0);
    narrator.play();
    expect(synth.log.filter((e) => e.type === 'speak')).toHaveLength(1);
  });
});

describe('Narrator: options at the very end', () => {
  it('ends when the segment it is on, and everything after it, becomes skipped', () => {
    const article = buildArticle([
      { kind: 'paragraph', sentences: ['Hotel text.'] },
      { kind: 'code', sentences: ['india();'] },
    ]);
    const { narrator, synth } = setup({ article, options: { skipCode: false } });
    narrator.seekToSentence(1);
    narrator.play();
    narrator.setOptions({ skipCode: true });
    expect(narrator.state).toMatchObject({ status: 'ended', segment: null, progress: { done: 1, total: 1 } });
    expect(synth.speaking).toBe(false);
  });
});
