/**
 * Where "next/previous sentence, paragraph, heading" and "start here" land, as
 * segment indexes. Pure functions over the segment list (ordered by sentence and
 * block; the title's segments come first, at sentence and block -1); `null`
 * means there is nowhere to go.
 */
import type { SpeechSegment } from './speech-segments';

export type NavigationUnit = 'sentence' | 'paragraph' | 'heading';

type Key = 'sentence' | 'block';

/** The first segment of the next unit after segment `from`. */
export function nextUnitStart(segments: readonly SpeechSegment[], from: number, unit: NavigationUnit): number | null {
  const current = segments[from];
  if (!current) return null;
  for (let i = from + 1; i < segments.length; i++) {
    const candidate = segments[i];
    if (!candidate) break;
    if (unit === 'heading') {
      if (candidate.kind === 'heading' && candidate.block !== current.block) return i;
    } else if (startsUnit(segments, i, unit === 'sentence' ? 'sentence' : 'block')) {
      return i;
    }
  }
  return null;
}

/**
 * The first segment of the unit before the one segment `from` is in. From past
 * the end (after the article ended) this is the last unit. "Previous heading"
 * from inside a section is that section's heading, as in screen readers.
 */
export function previousUnitStart(segments: readonly SpeechSegment[], from: number, unit: NavigationUnit): number | null {
  const key: Key = unit === 'sentence' ? 'sentence' : 'block';
  if (unit !== 'heading') {
    const current = Math.min(from, segments.length);
    const currentStart = current < segments.length ? startOf(segments, current, key) : segments.length;
    return currentStart > 0 ? startOf(segments, currentStart - 1, key) : null;
  }
  const current = segments[from];
  const limit = current ? current[key] : Number.POSITIVE_INFINITY;
  for (let i = Math.min(from, segments.length) - 1; i >= 0; i--) {
    const candidate = segments[i];
    if (!candidate || candidate[key] >= limit) continue;
    // The title heads the article: "previous heading" before the first heading goes to it.
    if (candidate.kind !== 'heading' && candidate.kind !== 'title') continue;
    return startOf(segments, i, key);
  }
  return null;
}

/** The first segment of sentence `sentence`, or of the next sentence that is read (code may be skipped). */
export function segmentAtOrAfterSentence(segments: readonly SpeechSegment[], sentence: number): number | null {
  return firstAtOrAfter(segments, 'sentence', sentence);
}

/** The first segment of block `block`, or of the next block that is read. */
export function segmentAtOrAfterBlock(segments: readonly SpeechSegment[], block: number): number | null {
  return firstAtOrAfter(segments, 'block', block);
}

/**
 * Whether segment `index` starts a unit: its sentence (or block) differs from the
 * segment before it, or it starts an image description. A description shares the
 * place of the sentence before it but is a stop of its own for a listener.
 */
function startsUnit(segments: readonly SpeechSegment[], index: number, key: Key): boolean {
  const segment = segments[index];
  const before = segments[index - 1];
  if (!segment || !before) return segment !== undefined;
  if (segment[key] !== before[key]) return true;
  if ((segment.kind === 'image') !== (before.kind === 'image')) return true;
  return segment.kind === 'image' && segment.prefixLength > 0;
}

function startOf(segments: readonly SpeechSegment[], index: number, key: Key): number {
  let start = index;
  while (start > 0 && !startsUnit(segments, start, key)) start--;
  return start;
}

function firstAtOrAfter(segments: readonly SpeechSegment[], key: Key, value: number): number | null {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((segments[middle]?.[key] ?? Number.POSITIVE_INFINITY) < value) low = middle + 1;
    else high = middle;
  }
  return low < segments.length ? low : null;
}
