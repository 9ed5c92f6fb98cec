/** Wires a Narrator to a fake synthesizer under fake timers, and records its states. */
import { vi } from 'vitest';
import type { Article } from '../../../core/model';
import { createNarrator, type Narrator, type NarratorConfig, type NarratorState, type NarratorStatus } from '../../../speech';
import { buildArticle } from '../../fixtures/speech/build-article';
import { createFakeUtterance, FakeSynthesizer, fakeVoice, type FakeVoice } from './fake-synthesizer';

export const plainVoice = fakeVoice('Plain', 'en-US', {}, { default: true });
export const wordVoice = fakeVoice('Words', 'en-GB', { boundaries: true });

/** Seven sentences in five blocks; every word is unique so a spoken suffix identifies its segment. */
export function sampleArticle(lang: string | null = 'en-US'): Article {
  return buildArticle(
    [
      { kind: 'heading', level: 1, sentences: ['Alpha title'] },
      { kind: 'paragraph', sentences: ['Bravo first sentence.', 'Charlie second sentence here.'] },
      { kind: 'caption', sentences: ['Delta caption text.'] },
      { kind: 'heading', level: 2, sentences: ['Echo section'] },
      { kind: 'paragraph', sentences: ['Foxtrot third sentence.', 'Golf final words.'] },
    ],
    lang,
  );
}

/** What the Narrator speaks for `sampleArticle()` with the default options, segment by segment. */
export const SAMPLE_TEXTS: readonly string[] = [
  'Heading: Alpha title',
  'Bravo first sentence.',
  'Charlie second sentence here.',
  'Delta caption text.',
  'Heading: Echo section',
  'Foxtrot third sentence.',
  'Golf final words.',
];

export interface Harness {
  synth: FakeSynthesizer;
  narrator: Narrator;
  states: NarratorState[];
  /** Advances fake time until the Narrator reaches `status`, or fails after `maxMs`. */
  runUntil(status: NarratorStatus, maxMs?: number): void;
  /** Texts of `speak()` calls, in order. */
  spoken(): string[];
}

export function setup(
  options: {
    article?: Article;
    voices?: FakeVoice[];
    voicesLoaded?: boolean;
    /** How long the fake engine takes to start each utterance (5 ms unless given). */
    startDelayMs?: number;
  } & Partial<Omit<NarratorConfig, 'synthesizer' | 'createUtterance' | 'article'>> = {},
): Harness {
  vi.useFakeTimers();
  const { article = sampleArticle(), voices = [plainVoice], voicesLoaded, startDelayMs, ...config } = options;
  const synth = new FakeSynthesizer({
    voices,
    ...(voicesLoaded !== undefined ? { voicesLoaded } : {}),
    ...(startDelayMs !== undefined ? { startDelayMs } : {}),
  });
  // Tests about other things read the body only, without pauses around headings; the title and
  // the pauses have their own tests, which ask for them (`options: { readTitle: true }`, `timing`).
  const narrator = createNarrator({
    synthesizer: synth,
    createUtterance: createFakeUtterance,
    article,
    ...config,
    options: { readTitle: false, ...config.options },
    timing: { headingPauseMs: 0, ...config.timing },
  });
  const states: NarratorState[] = [];
  narrator.subscribe((state) => states.push(state));
  return {
    synth,
    narrator,
    states,
    runUntil(status, maxMs = 120_000) {
      for (let waited = 0; narrator.state.status !== status; waited += 10) {
        if (waited > maxMs) throw new Error(`Narrator still ${narrator.state.status} after ${maxMs} ms, wanted ${status}`);
        vi.advanceTimersByTime(10);
      }
    },
    spoken: () => synth.log.flatMap((event) => (event.type === 'speak' ? [event.text] : [])),
  };
}
