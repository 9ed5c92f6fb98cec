/**
 * The open's phases, read from the marks the e2e build's reader leaves on the page's timeline
 * (entrypoints/reader.content/open-phases.ts; `speak` and `word` from the first-word probe in bench-browser.ts), as
 * milliseconds after the stopwatch's start (open-stopwatch.ts), and their medians as a table.
 */
import type { Page } from 'playwright-core';
import { percentile } from '../quality/stats';

/** In the order they happen on "Read page aloud"; the toolbar's open has no `play`, `speak` or `word`. */
export const PHASES = {
  injected: 'reader script running (first open: injected)',
  message: 'request received by the reader',
  markup: 'page written out',
  'frame-added': 'extraction frame added',
  'frame-loaded': 'frame loaded',
  'frame-started': 'frame said "started"',
  'frame-result': 'article back from the frame',
  'in-page-result': 'article extracted in the page (small page)',
  preferences: 'settings loaded',
  session: 'reader session ready (place, voices, model)',
  play: '"Read page aloud": play() done',
  speak: 'first speechSynthesis.speak()',
  mounted: 'reader drawn (before paint)',
  painted: 'article painted',
  word: 'first utterance start event',
} as const;
export type Phase = keyof typeof PHASES;
export type PhaseTimes = Partial<Record<Phase, number>>;

/** Each phase's first mark since the stopwatch started, in ms after it; the marks are cleared for the next open. */
export async function readPhases(page: Page): Promise<PhaseTimes> {
  return page.evaluate<PhaseTimes>(`(() => {
    const start = window.__lectorStart;
    const times = {};
    for (const mark of performance.getEntriesByType('mark')) {
      if (mark.name.startsWith('lector:') && mark.startTime >= start) times[mark.name.slice(7)] ??= mark.startTime - start;
    }
    performance.clearMarks();
    return times;
  })()`);
}

/** Rows of phase → median per column; a phase no run of a column reached shows "–". */
export function phaseTable(columns: Array<{ label: string; runs: PhaseTimes[] }>): string[] {
  const cell = (runs: PhaseTimes[], phase: Phase) => {
    const times = runs.map((run) => run[phase]).filter((time): time is number => time !== undefined);
    return times.length ? `${percentile(times, 50).toFixed(0)} ms` : '–';
  };
  const phases = (Object.keys(PHASES) as Phase[]).filter((phase) => columns.some(({ runs }) => runs.some((run) => run[phase] !== undefined)));
  return [
    `| phase, median ms after the trigger | ${columns.map(({ label }) => label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...phases.map((phase) => `| ${PHASES[phase]} | ${columns.map(({ runs }) => cell(runs, phase)).join(' | ')} |`),
  ];
}
