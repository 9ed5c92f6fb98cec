/**
 * The Narrator over real voices: Debian's Chromium with speech-dispatcher and
 * espeak-ng, speaking in real time into a PulseAudio null sink. These voices
 * send no boundary events and their pause() does nothing, so this proves the
 * cancel-and-remember pause and the sentence-level fallback for real.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realSpeechSkipReason } from './support/audio';
import type { SpeechLogEntry, SpeechStateEntry } from './support/speech-page/api';
import { openSpeechPage, type SpeechSession } from './support/speech-page/launch';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[speech e2e] skipped: ${skipReason}`);

/** Fast enough to keep the test short, slow enough to pause mid-sentence. */
const RATE = 2;

const api = 'window.lectorSpeech';
const evaluate = <T>(page: Page, expression: string) => page.evaluate<T>(`${api}.${expression}`);
const waitFor = (page: Page, condition: string, timeout = 30_000) =>
  page.waitForFunction(`(${condition})`, null, { timeout, polling: 50 });
const logged = (type: string, text: string) =>
  `${api}.log.some((e) => e.type === ${JSON.stringify(type)} && e.text === ${JSON.stringify(text)})`;
const texts = (log: SpeechLogEntry[], type: SpeechLogEntry['type']) =>
  log.flatMap((entry) => (entry.type === type && 'text' in entry ? [entry.text] : []));

describe.skipIf(skipReason !== null)('Narrator with real speech-dispatcher voices', () => {
  let session: SpeechSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openSpeechPage();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reads the fixture article from start to end, one utterance per segment, with an English voice', async () => {
    const segments = await evaluate<string[]>(page, `create({ rate: ${RATE} })`);
    // The title first (the fixture's is 'Fixture'), then the article.
    expect(segments.slice(0, 2)).toEqual(['Fixture', 'Heading: Reading aloud.']);
    expect(segments).not.toContain('const skipped = true;');
    expect(segments.every((text) => text.length <= 175)).toBe(true);

    await evaluate(page, 'narrator.play()');
    await waitFor(page, `${api}.narrator.state.status === 'ended'`, 60_000);

    const log = await evaluate<SpeechLogEntry[]>(page, 'log');
    expect(texts(log, 'speak')).toEqual(segments);
    expect(texts(log, 'start')).toEqual(segments);
    expect(texts(log, 'end')).toEqual(segments);
    expect(log.filter((entry) => entry.type === 'error' || entry.type === 'cancel')).toEqual([]);
    // espeak-ng's system default here is Afrikaans: the Narrator must pick by the article's language.
    expect(await evaluate<string>(page, 'narrator.state.voice.lang')).toMatch(/^en\b/i);
    const state = await evaluate<{ progress: { done: number; total: number }; segment: unknown }>(page, 'narrator.state');
    // Ten sentences read: the title and nine of the article's ten (the code block is skipped).
    expect(state.progress).toMatchObject({ done: segments.length, total: segments.length, sentence: 10, sentences: 10 });
    // A short silence after the title and around headings (350 ms / rate), none between plain sentences.
    const gapAfter = (text: string) => {
      const end = log.find((entry) => entry.type === 'end' && entry.text === text)!;
      const next = log.find((entry) => entry.type === 'speak' && entry.at >= end.at)!;
      return next.at - end.at;
    };
    const headingPause = 350 / RATE;
    console.info(
      `[speech e2e] silence after title ${gapAfter('Fixture').toFixed(0)} ms, after heading ${gapAfter('Heading: Reading aloud.').toFixed(0)} ms, ` +
        `between sentences ${gapAfter('The first paragraph starts here.').toFixed(0)} ms`,
    );
    expect(gapAfter('Fixture')).toBeGreaterThanOrEqual(headingPause - 5);
    expect(gapAfter('Heading: Reading aloud.')).toBeGreaterThanOrEqual(headingPause - 5);
    expect(gapAfter('It has a second sentence.')).toBeGreaterThanOrEqual(headingPause - 5); // before 'A smaller heading.'
    expect(gapAfter('The first paragraph starts here.')).toBeLessThan(headingPause);
    expect(state.segment).toBeNull();
    const statuses = (await evaluate<SpeechStateEntry[]>(page, 'states')).map((entry) => entry.status);
    expect(statuses.at(-1)).toBe('ended');
    expect(statuses.filter((status) => status !== 'idle' && status !== 'loading-voices' && status !== 'playing' && status !== 'ended')).toEqual([]);
  });

  it('pauses for real and resumes at the segment that was being spoken', async () => {
    const segments = await evaluate<string[]>(page, `create({ rate: ${RATE} })`);
    const current = segments[2] ?? '';
    await evaluate(page, 'narrator.play()');
    await waitFor(page, logged('start', current));
    await page.waitForTimeout(300);
    await evaluate(page, 'narrator.pause()');
    const pausedAt = await page.evaluate<number>('performance.now()');

    expect(await evaluate(page, 'narrator.state.status')).toBe('paused');
    expect(await evaluate(page, 'narrator.state.segment.index')).toBe(2);
    await page.waitForTimeout(1_500);
    // Silence: the browser is no longer speaking and nothing started while paused.
    expect(await evaluate(page, 'speaking()')).toBe(false);
    const whilePaused = (await evaluate<SpeechLogEntry[]>(page, 'log')).filter(
      (entry) => entry.at > pausedAt && (entry.type === 'start' || entry.type === 'speak' || entry.type === 'end'),
    );
    expect(whilePaused).toEqual([]);
    expect(await evaluate(page, 'narrator.state.segment.index')).toBe(2);

    await evaluate(page, 'narrator.resume()');
    await waitFor(page, logged('start', segments[3] ?? ''));
    const afterPause = (await evaluate<SpeechLogEntry[]>(page, 'log')).filter((entry) => entry.at > pausedAt);
    // The next segment spoken is the one that was current, spoken whole, and then the reading goes on.
    expect(texts(afterPause, 'speak').slice(0, 2)).toEqual([current, segments[3]]);
    expect(texts(afterPause, 'end')[0]).toBe(current);
    await evaluate(page, 'narrator.stop()');
    await page.waitForTimeout(300);
    expect(await evaluate(page, 'speaking()')).toBe(false);
    expect(await evaluate(page, 'narrator.state.status')).toBe('idle');
  });

  it('skips by sentence, heading and paragraph and seeks to a sentence while speaking', async () => {
    const segments = await evaluate<string[]>(page, `create({ rate: ${RATE} })`);
    const heading = 'Heading: A smaller heading.';
    const firstParagraph = 'The first paragraph starts here.';
    const steps: Array<[action: string, lands: string]> = [
      ['narrator.next("sentence")', firstParagraph],
      ['narrator.next("heading")', heading],
      ['narrator.previous("paragraph")', firstParagraph],
      ['narrator.next("paragraph")', heading],
      [`narrator.seekToSentence(${api}.narrator.segments.at(-1).sentence)`, 'The end.'],
    ];
    await evaluate(page, 'narrator.play()');
    // segments[0] is the title; from the first heading, the next sentence is the first paragraph's.
    await waitFor(page, logged('start', segments[1] ?? ''));
    for (const [action, lands] of steps) {
      const before = (await evaluate<SpeechLogEntry[]>(page, 'log')).length;
      expect(await evaluate(page, action)).toBe(true);
      await waitFor(page, `${api}.log.slice(${before}).some((e) => e.type === 'start' && e.text === ${JSON.stringify(lands)})`);
      const since = (await evaluate<SpeechLogEntry[]>(page, 'log')).slice(before);
      expect(texts(since, 'speak')[0]).toBe(lands);
    }
    await waitFor(page, `${api}.narrator.state.status === 'ended'`);
    const log = await evaluate<SpeechLogEntry[]>(page, 'log');
    expect(texts(log, 'end').at(-1)).toBe('The end.');
    // Each skip while speaking cancelled our own utterance once, and only those were interrupted.
    expect(log.filter((entry) => entry.type === 'cancel')).toHaveLength(steps.length);
    const errors = log.flatMap((entry) => (entry.type === 'error' ? [entry.error] : []));
    expect(errors.every((error) => error === 'interrupted' || error === 'canceled')).toBe(true);
    expect(errors.length).toBeLessThanOrEqual(steps.length);
  });
});
