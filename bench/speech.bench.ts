/**
 * Speech engine latency: time from `play()` to the first `speak()`, and from one
 * utterance's `end` to the next `speak()`.
 * 1. On a long article in Node: the Narrator's own work (a recording synthesizer,
 *    `start`/`end` fired by the bench).
 * 2. In Debian's Chromium with real espeak-ng voices, reading the short fixture
 *    article: the same two figures, plus the silence between utterances (`end` to
 *    the next `start`), which is the speech engine's, not the Narrator's.
 *
 * Run alone: `npx tsx bench/speech.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createNarrator, type SpeechSynthesizer, type SpeechUtteranceLike, type VoiceLike } from '../speech';
import { realSpeechSkipReason } from '../tests/e2e/support/audio';
import type { SpeechLogEntry } from '../tests/e2e/support/speech-page/api';
import { CHROMIUM_PATH, openSpeechPage } from '../tests/e2e/support/speech-page/launch';
import { longArticle } from '../tests/fixtures/speech/long-article';

const PLAY_RUNS = 300;
const WARM_UP_RUNS = 20;

/** The voice list Chromium shows on Linux with espeak-ng: about 13,000 voices, the default not English. */
function espeakLikeVoices(): VoiceLike[] {
  const languages = ['af', 'de-DE', 'en-GB', 'en-US', 'es-ES', 'fr-FR', 'it-IT', 'nl-NL', 'pl-PL', 'pt-BR', 'ru-RU', 'zh-CN'];
  const voices: VoiceLike[] = [];
  for (let i = 0; voices.length < 13_000; i++) {
    const lang = languages[i % languages.length] ?? 'en-US';
    const name = `${lang} variant ${i} espeak-ng`;
    voices.push({ voiceURI: name, name, lang, localService: true, default: i === 0 });
  }
  return voices;
}

/** Records when `speak()` is called and keeps the utterance so the bench can end it. */
class RecordingSynthesizer implements SpeechSynthesizer {
  lastSpeakAt = 0;
  current: SpeechUtteranceLike | null = null;
  constructor(private readonly voices: readonly VoiceLike[]) {}
  speak(utterance: SpeechUtteranceLike): void {
    this.lastSpeakAt = performance.now();
    this.current = utterance;
  }
  cancel(): void {
    this.current = null;
  }
  getVoices(): readonly VoiceLike[] {
    return this.voices;
  }
  addEventListener(): void {}
  removeEventListener(): void {}
}

function createUtterance(text: string): SpeechUtteranceLike {
  return { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1, onstart: null, onend: null, onerror: null, onboundary: null };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summarize(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

function row(label: string, samples: number[], target: number | null): string {
  const { median, p95, max } = summarize(samples);
  const verdict = target === null ? '—' : `< ${target} ms ${p95 < target ? '✓' : '✗'}`;
  return `| ${label} | ${samples.length} | ${ms(median)} | ${ms(p95)} | ${ms(max)} | ${verdict} |`;
}

const TABLE_HEAD = ['| Measure | Samples | Median | p95 | Max | Target (p95) |', '| --- | ---: | ---: | ---: | ---: | --- |'];

/** Reads the short fixture article in Chromium with real voices and measures from the page's speech log. */
async function measureInChromium(): Promise<string[]> {
  const skip = await realSpeechSkipReason();
  if (skip) return [`Real browser: not measured (${skip}).`];
  const session = await openSpeechPage();
  try {
    const { page } = session;
    const plays = await page.evaluate<number[]>(`(async () => {
      const api = window.lectorSpeech;
      const plays = [];
      api.create({ rate: 2 });
      while (api.narrator.state.voices.length === 0) await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < 30; i++) {
        api.create({ rate: 2 });
        const before = performance.now();
        api.narrator.play();
        plays.push(api.log.find((e) => e.type === 'speak').at - before);
        api.narrator.stop();
        await new Promise((r) => setTimeout(r, 100));
      }
      return plays;
    })()`);
    await page.evaluate(`(() => { window.lectorSpeech.create({ rate: 2 }); window.lectorSpeech.narrator.play(); })()`);
    await page.waitForFunction(`window.lectorSpeech.narrator.state.status === 'ended'`, null, { timeout: 90_000, polling: 100 });
    const log = await page.evaluate<SpeechLogEntry[]>('window.lectorSpeech.log');
    const voice = await page.evaluate<string>('window.lectorSpeech.narrator.state.voice.name');
    const ends = log.filter((entry) => entry.type === 'end');
    const speaks = log.filter((entry) => entry.type === 'speak');
    const starts = log.filter((entry) => entry.type === 'start');
    const toSpeak = ends.slice(0, -1).map((end, i) => (speaks[i + 1]?.at ?? Number.NaN) - end.at);
    const toStart = ends.slice(0, -1).map((end, i) => (starts[i + 1]?.at ?? Number.NaN) - end.at);
    return [
      `Real browser: Chromium (${CHROMIUM_PATH}), voice “${voice}”, rate 2, short fixture article (${speaks.length} segments); ` +
        `times from the page's \`performance.now()\` (0.1 ms resolution).`,
      '',
      ...TABLE_HEAD,
      row('`play()` → first `speak()`', plays, 20),
      row('`end` event → next `speak()`', toSpeak, 10),
      row('`end` → next `start` (engine silence, for information)', toStart, null),
    ];
  } finally {
    await session.close();
  }
}

export default async function speechBench(): Promise<{ title: string; lines: string[] }> {
  const article = longArticle();
  const voices = espeakLikeVoices();
  // A subscriber like the overlay's, so emitting state is part of the cost.
  let updates = 0;
  const subscriber = () => {
    updates++;
  };

  const setupTimes: number[] = [];
  const playTimes: number[] = [];
  let segmentCount = 0;
  for (let run = 0; run < WARM_UP_RUNS + PLAY_RUNS; run++) {
    const synthesizer = new RecordingSynthesizer(voices);
    const setupStart = performance.now();
    const narrator = createNarrator({ synthesizer, createUtterance, article });
    const setupEnd = performance.now();
    narrator.subscribe(subscriber);
    segmentCount = narrator.segments.length;
    const playStart = performance.now();
    narrator.play();
    if (run >= WARM_UP_RUNS) {
      setupTimes.push(setupEnd - setupStart);
      playTimes.push(synthesizer.lastSpeakAt - playStart);
    }
    narrator.dispose();
  }

  const synthesizer = new RecordingSynthesizer(voices);
  const narrator = createNarrator({ synthesizer, createUtterance, article });
  narrator.subscribe(subscriber);
  narrator.play();
  const gaps: number[] = [];
  while (synthesizer.current) {
    const utterance = synthesizer.current;
    synthesizer.current = null;
    utterance.onstart?.({ charIndex: 0 });
    const endAt = performance.now();
    utterance.onend?.({ charIndex: utterance.text.length });
    if (synthesizer.current) gaps.push(synthesizer.lastSpeakAt - endAt);
  }
  const ended = narrator.state.status === 'ended';
  narrator.dispose();

  return {
    title: 'Speech engine latency',
    lines: [
      `Node: long fixture article, ${article.sentences.length} sentences, ${segmentCount} segments; ${voices.length} voices (an espeak-ng-like list). ` +
        `Narrator work only (recording synthesizer, events fired synchronously); ${WARM_UP_RUNS} warm-up runs discarded.`,
      '',
      ...TABLE_HEAD,
      row('`play()` → first `speak()`', playTimes, 20),
      row('`end` → next `speak()`', gaps, 10),
      row('Create Narrator (segments + voice choice)', setupTimes, null),
      '',
      `Read to the end: ${ended ? 'yes' : 'NO'}; state updates delivered: ${updates}.`,
      '',
      ...(await measureInChromium().catch((error: unknown) => [
        `Real browser: measurement failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
      ])),
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, lines } = await speechBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
