/**
 * The hand-checked sentence-boundary sets (sentence-boundaries.txt and
 * sentence-boundaries-heldout.txt beside this file) and their score: how many sentence starts a splitter misses or invents.
 * Shared by sentence-boundaries.test.ts and bench/boundaries.bench.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BoundaryCase {
  lang: string;
  /** The sentences, as a listener should hear them. */
  sentences: string[];
  /** The sentences joined by one space: the block text a splitter gets. */
  text: string;
}

export interface BoundaryScore {
  sentences: number;
  /** Sentence starts the splitter did not find ("Am 12. März" heard whole is right; "…U.S. He said" heard as one is a miss). */
  missed: number;
  /** Sentence starts the splitter invented ("Am 12." | "März"). */
  invented: number;
  /** (missed + invented) / sentences. */
  errorRate: number;
  /** The passages split wrongly, with what the splitter heard. */
  wrong: { lang: string; expected: string[]; got: string[] }[];
}

export type SentenceSplitter = (text: string, lang: string) => { text: string; start: number }[];

/** The tuning set, and the held-out set written after the rules were tuned on it. */
export type BoundarySet = 'sentence-boundaries' | 'sentence-boundaries-heldout';

export function loadBoundaryCases(set: BoundarySet = 'sentence-boundaries'): BoundaryCase[] {
  const file = readFileSync(join(import.meta.dirname, `${set}.txt`), 'utf8');
  const cases: BoundaryCase[] = [];
  let lang = '';
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('@')) {
      lang = line.slice(1).trim();
      continue;
    }
    const sentences = line.split(' | ').map((sentence) => sentence.trim());
    cases.push({ lang, sentences, text: sentences.join(' ') });
  }
  return cases;
}

/** Offsets where each sentence after the first starts. */
function starts(sentences: string[]): Set<number> {
  const result = new Set<number>();
  let offset = 0;
  sentences.forEach((sentence, index) => {
    if (index > 0) result.add(offset);
    offset += sentence.length + 1;
  });
  return result;
}

export function scoreBoundaries(cases: readonly BoundaryCase[], split: SentenceSplitter): BoundaryScore {
  let sentences = 0;
  let missed = 0;
  let invented = 0;
  const wrong: BoundaryScore['wrong'] = [];
  for (const { lang, sentences: expected, text } of cases) {
    const spans = split(text, lang);
    const want = starts(expected);
    const got = new Set(spans.map((span) => span.start).filter((start) => start > 0));
    const miss = [...want].filter((start) => !got.has(start)).length;
    const extra = [...got].filter((start) => !want.has(start)).length;
    sentences += expected.length;
    missed += miss;
    invented += extra;
    if (miss + extra > 0) wrong.push({ lang, expected, got: spans.map((span) => span.text) });
  }
  return { sentences, missed, invented, errorRate: sentences === 0 ? 0 : (missed + invented) / sentences, wrong };
}

/** Bare Intl.Segmenter in the passage's language, trimmed as Lector trims: the baseline. */
const bareSegmenters = new Map<string, Intl.Segmenter>();
export const bareSegmenter: SentenceSplitter = (text, lang) => {
  let segmenter = bareSegmenters.get(lang);
  if (!segmenter) bareSegmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return [...segmenter.segment(text)]
    .map(({ segment, index }) => ({ text: segment.trim(), start: index + segment.length - segment.trimStart().length }))
    .filter((span) => span.text !== '');
};
