/**
 * Randomized: any sequence of play/pause/resume/stop/skip/seek/rate and voice
 * changes, failures and outside cancels reads every segment at most once per
 * pass, in order, with no gap the listener did not ask for, never has two
 * utterances queued, and ends in a consistent state.
 *
 * Reproduce a failure with SPEECH_FUZZ_SEED=<seed printed in the error> (runs that seed only);
 * search wider with SPEECH_FUZZ_RUNS=<count>.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../tests/support/hostile-pages';
import type { Article } from '../core/model';
import type { Narrator, SpeechSegment } from './index';
import { buildArticle, type BlockSpec } from '../tests/fixtures/speech/build-article';
import { fakeVoice, type FakeSynthesizer } from '../tests/support/speech/fake-synthesizer';
import { setup } from '../tests/support/speech/harness';

const SEQUENCES = Number(process.env.SPEECH_FUZZ_RUNS) || 300;
const BASE_SEED = 0x5eed;

afterEach(() => {
  vi.useRealTimers();
});

const voices = [
  fakeVoice('Plain', 'en-US', {}, { default: true }),
  fakeVoice('Words', 'en-US', { boundaries: true }),
  fakeVoice('Words without lengths', 'en-US', { boundaries: true, noCharLength: true, msPerChar: 40 }),
  fakeVoice('Android', 'en-US', { pause: 'cancels', msPerChar: 90 }),
];

/** Random blocks; every word is unique, so any spoken suffix names its segment. */
function randomArticle(next: () => number): Article {
  let word = 0;
  const sentence = () => {
    const long = next() < 0.15;
    const count = long ? 30 + Math.floor(next() * 40) : 1 + Math.floor(next() * 8);
    const words = Array.from({ length: count }, () => `w${word++}`);
    if (long) words[Math.floor(count / 2)] += ',';
    return `${words.join(' ')}.`;
  };
  const kinds = ['heading', 'paragraph', 'paragraph', 'list-item', 'quote', 'caption', 'code'] as const;
  const specs: BlockSpec[] = Array.from({ length: 3 + Math.floor(next() * 8) }, () => {
    const kind = kinds[Math.floor(next() * kinds.length)] ?? 'paragraph';
    return { kind, level: 2, sentences: Array.from({ length: 1 + Math.floor(next() * 3) }, sentence) };
  });
  specs.unshift({ kind: 'paragraph', sentences: [sentence()] });
  return buildArticle(specs);
}

interface Completion {
  segment: number;
  /** Counts user actions that may go backwards: completions in one pass share it. */
  pass: number;
  /** Counts user actions that may jump forwards. */
  jumps: number;
}

type Action = { name: string; run: () => void };

function actions(narrator: Narrator, synth: FakeSynthesizer, article: Article, next: () => number, marks: { pass: number; jumps: number }): Action[] {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const backwards = (run: () => boolean) => () => {
    if (run()) marks.pass++;
  };
  const forwards = (run: () => boolean) => () => {
    if (run()) marks.jumps++;
  };
  const anywhere = (run: () => boolean) => () => {
    if (run()) {
      marks.pass++;
      marks.jumps++;
    }
  };
  return [
    {
      name: 'play',
      run: () => {
        if (narrator.state.status === 'ended') marks.pass++;
        narrator.play();
      },
    },
    { name: 'pause', run: () => narrator.pause() },
    { name: 'resume', run: () => narrator.resume() },
    {
      name: 'stop',
      run: () => {
        narrator.stop();
        marks.pass++;
      },
    },
    { name: 'next sentence', run: forwards(() => narrator.next('sentence')) },
    { name: 'next paragraph', run: forwards(() => narrator.next('paragraph')) },
    { name: 'next heading', run: forwards(() => narrator.next('heading')) },
    { name: 'previous sentence', run: backwards(() => narrator.previous('sentence')) },
    { name: 'previous paragraph', run: backwards(() => narrator.previous('paragraph')) },
    { name: 'previous heading', run: backwards(() => narrator.previous('heading')) },
    { name: 'seek sentence', run: anywhere(() => narrator.seekToSentence(Math.floor(next() * article.sentences.length))) },
    { name: 'seek block', run: anywhere(() => narrator.seekToBlock(Math.floor(next() * article.blocks.length))) },
    { name: 'rate', run: () => narrator.setRate(0.5 + next() * 2.5) },
    { name: 'voice', run: () => narrator.setVoice(pick(voices).voiceURI) },
    {
      name: 'fail next utterance',
      run: () => {
        synth.nextFailure = pick(['synthesis-failed', 'audio-busy', 'network']);
      },
    },
    { name: 'cancel from elsewhere', run: () => narrator.state.status === 'playing' && synth.cancelFromElsewhere() },
    { name: 'wait', run: () => vi.advanceTimersByTime(Math.floor(next() * 3_000)) },
    { name: 'wait', run: () => vi.advanceTimersByTime(Math.floor(next() * 300)) },
  ];
}

function segmentOf(segments: readonly SpeechSegment[], spoken: string): number {
  const index = segments.findIndex((segment) => segment.text.endsWith(spoken));
  if (index < 0) throw new Error(`spoken text matches no segment: ${spoken}`);
  return index;
}

function checkState(narrator: Narrator, synth: FakeSynthesizer, settled: boolean): void {
  const { status, segment, progress, word, error } = narrator.state;
  const segments = narrator.segments;
  expect(error !== null, 'error is set exactly in the error status').toBe(status === 'error');
  expect(progress.total).toBe(segments.length);
  expect(segment).toBe(segments[progress.done] ?? null);
  expect(segment === null, 'no current segment exactly when ended').toBe(status === 'ended');
  if (status !== 'playing') {
    expect(word).toBeNull();
    expect(synth.speaking, `nothing is spoken while ${status}`).toBe(false);
  } else if (settled) {
    expect(synth.speaking, 'something is being spoken while playing').toBe(true);
  }
}

function runSequence(seed: number): void {
  const next = seededRandom(seed);
  const article = randomArticle(next);
  const { narrator, synth } = setup({ article, voices });
  const marks = { pass: 0, jumps: 0 };
  const completions: Completion[] = [];
  let seenEnds = 0;
  const record = () => {
    const ends = synth.finished;
    for (; seenEnds < ends.length; seenEnds++) {
      completions.push({ segment: segmentOf(narrator.segments, ends[seenEnds] ?? ''), ...marks });
    }
  };
  const menu = actions(narrator, synth, article, next, marks);
  const trail: string[] = [];
  const steps = 20 + Math.floor(next() * 60);
  for (let step = 0; step < steps; step++) {
    const action = menu[Math.floor(next() * menu.length)];
    if (!action) continue;
    trail.push(action.name);
    // Timer callbacks record ends as they happen, before the next action changes the marks.
    action.run();
    record();
    checkState(narrator, synth, action.name === 'wait');
  }
  for (let guard = 0; narrator.state.status !== 'ended'; guard++) {
    if (guard > 10_000) throw new Error(`seed ${seed}: never ended (${narrator.state.status}) after ${trail.join(', ')}`);
    if (narrator.state.status !== 'playing') narrator.play();
    vi.advanceTimersByTime(250);
    record();
    checkState(narrator, synth, true);
  }

  for (let i = 1; i < completions.length; i++) {
    const before = completions[i - 1] as Completion;
    const after = completions[i] as Completion;
    if (before.pass !== after.pass) continue;
    expect(after.segment, 'each segment at most once per pass, in order').toBeGreaterThan(before.segment);
    if (before.jumps === after.jumps) expect(after.segment, 'no segment lost without a skip').toBe(before.segment + 1);
  }
  expect(completions.at(-1)?.segment).toBe(narrator.segments.length - 1);
  expect(synth.maxQueued).toBe(1);
  expect(narrator.state).toMatchObject({ status: 'ended', segment: null, word: null, error: null });
  expect(narrator.state.progress.done).toBe(narrator.state.progress.total);
  narrator.dispose();
  vi.useRealTimers();
}

describe('Narrator under random use', () => {
  const only = process.env.SPEECH_FUZZ_SEED;
  const seeds = only ? [Number(only)] : Array.from({ length: SEQUENCES }, (_, i) => BASE_SEED + i);

  it(`keeps its promises over ${seeds.length} random sequences`, () => {
    for (const seed of seeds) {
      try {
        runSequence(seed);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`seed ${seed} (rerun with SPEECH_FUZZ_SEED=${seed}): ${message}`, { cause: error });
      }
    }
  }, Math.max(60_000, seeds.length * 20));
});
