/**
 * How long a listener waits for the first word, in Debian's Chromium with real
 * espeak-ng voices (the Narrator on the speech test page):
 * - after a cold start: speech-dispatcher stopped, a fresh browser, Play pressed
 *   as soon as the page is there (before the voices have arrived), until the
 *   first utterance `start`, timed from the browser's launch;
 * - Play to first word on a warm browser: `play()` to the first `start`.
 *
 * The cold runs stop speech-dispatcher, which a desktop's screen reader may be
 * using, so they run only in CI or with LECTOR_COLD_SPEECH=1.
 * Run alone: `npx tsx bench/first-word.bench.ts`.
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { realSpeechSkipReason } from '../tests/e2e/support/audio';
import { percentile } from './quality/stats';
import { openSpeechPage } from '../tests/e2e/support/speech-page/launch';

const COLD_RUNS = 5;
const WARM_RUNS = 15;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (label: string, samples: number[], unit: (ms: number) => string) =>
  `| ${label} | ${samples.length} | ${unit(percentile(samples, 50))} | ${unit(percentile(samples, 95))} | ${unit(Math.max(...samples))} |`;

/** One cold start: returns [launch → voices listed, launch → first word]. */
async function coldRun(): Promise<[number, number]> {
  await promisify(execFile)('pkill', ['-f', '^([^ ]*/)?speech-dispatcher( |$)']).catch(() => undefined);
  const launched = Date.now();
  const session = await openSpeechPage();
  try {
    const { page } = session;
    // Play at once; the page's clock is turned into time since launch through Date.now().
    const result = await page.evaluate<{ voicesAt: number; startAt: number }>(`(async () => {
      const api = window.lectorSpeech;
      const wallAt = () => Date.now();
      api.create({ rate: 2 });
      api.narrator.play();
      let voicesAt = 0;
      while (!api.log.some((e) => e.type === 'start')) {
        if (!voicesAt && speechSynthesis.getVoices().length > 0) voicesAt = wallAt();
        await new Promise((r) => setTimeout(r, 20));
      }
      return { voicesAt: voicesAt || wallAt(), startAt: wallAt() };
    })()`);
    return [result.voicesAt - launched, result.startAt - launched];
  } finally {
    await session.close();
  }
}

async function warmRuns(): Promise<number[]> {
  const session = await openSpeechPage();
  try {
    return await session.page.evaluate<number[]>(`(async () => {
      const api = window.lectorSpeech;
      const samples = [];
      api.create({ rate: 1 });
      while (api.narrator.state.voices.length === 0) await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < ${WARM_RUNS}; i++) {
        api.create({ rate: 1 });
        const before = performance.now();
        api.narrator.play();
        while (!api.log.some((e) => e.type === 'start')) await new Promise((r) => setTimeout(r, 5));
        samples.push(api.log.find((e) => e.type === 'start').at - before);
        api.narrator.stop();
        await new Promise((r) => setTimeout(r, 300));
      }
      return samples;
    })()`);
  } finally {
    await session.close();
  }
}

export default async function firstWordBench(): Promise<{ title: string; lines: string[] }> {
  const title = 'First word: cold start and Play';
  const skip = await realSpeechSkipReason();
  if (skip) return { title, lines: [`Not measured: ${skip}.`] };
  const lines = [
    'Debian Chromium, speech-dispatcher + espeak-ng into a null sink, the speech test page (short fixture article).',
    '',
    '| Measure | Samples | Median | p95 | Max |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  if (process.env.CI || process.env.LECTOR_COLD_SPEECH) {
    const voices: number[] = [];
    const firstWord: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      const [voicesAt, startAt] = await coldRun();
      voices.push(voicesAt);
      firstWord.push(startAt);
    }
    lines.push(row('Cold start: browser launch → voice list arrives', voices, seconds));
    lines.push(row('Cold start, Play pressed at once: launch → first word', firstWord, seconds));
  }
  lines.push(row('Warm: `play()` → first word (`start` event)', await warmRuns(), (ms) => `${ms.toFixed(0)} ms`));
  if (!process.env.CI && !process.env.LECTOR_COLD_SPEECH) {
    lines.push('', 'Cold start not measured: set LECTOR_COLD_SPEECH=1 (it stops speech-dispatcher).');
  }
  return { title, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, lines } = await firstWordBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
