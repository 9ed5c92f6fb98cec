/** Where the Narrator is in an article: the segments to speak, the current one, and the point to resume from. */
import type { Article } from '../core/model';
import { nextUnitStart, previousUnitStart, segmentAtOrAfterBlock, segmentAtOrAfterSentence, type NavigationUnit } from './navigation';
import {
  buildSpeechSegments,
  charactersFromEachSegment,
  sentenceOrdinals,
  type ReadingOptions,
  type SpeechSegment,
} from './speech-segments';

/** What became of the place when the segments were rebuilt. */
export type RebuiltPlace = { kept: true } | { kept: false; next: number | null };

export class ReadingPlace {
  private list: SpeechSegment[] = [];
  /** Characters from segment i to the end, for the time estimate. */
  private charsFrom: number[] = [];
  /** For segment i, the 1-based ordinal of its sentence among those read. */
  private ordinals: number[] = [];
  private readCount = 0;
  private current = 0;
  private offset = 0;

  constructor(
    private readonly article: Pick<Article, 'blocks' | 'sentences'> & Partial<Pick<Article, 'title'>>,
    options: ReadingOptions,
  ) {
    this.build(options);
  }

  /** What will be spoken, in order; a new array after `rebuild`. */
  get segments(): readonly SpeechSegment[] {
    return this.list;
  }

  /** The current segment's position; `segments.length` once ended. */
  get index(): number {
    return this.current;
  }

  /** The current segment; undefined once ended. */
  get segment(): SpeechSegment | undefined {
    return this.list[this.current];
  }

  get atEnd(): boolean {
    return this.current >= this.list.length;
  }

  /** Where in the current segment's text to start speaking (the last word boundary heard). */
  get resumeOffset(): number {
    return this.offset;
  }

  set resumeOffset(offset: number) {
    this.offset = offset;
  }

  /**
   * The current sentence's 1-based ordinal among the sentences read (the title
   * counts as one, skipped code and captions do not); `sentenceCount` once ended.
   */
  get sentenceOrdinal(): number {
    return this.ordinals[this.current] ?? this.readCount;
  }

  /** How many sentences are read (the title as one). */
  get sentenceCount(): number {
    return this.readCount;
  }

  /** Characters left to speak from the resume point, for the time estimate. */
  get charactersLeft(): number {
    return Math.max(0, (this.charsFrom[this.current] ?? 0) - this.offset);
  }

  /** Goes to segment `index` (clamped; `segments.length` is the end), at its start. */
  moveTo(index: number): void {
    this.current = Math.max(0, Math.min(index, this.list.length));
    this.offset = 0;
  }

  nextStart(unit: NavigationUnit): number | null {
    return nextUnitStart(this.list, this.current, unit);
  }

  previousStart(unit: NavigationUnit): number | null {
    return previousUnitStart(this.list, this.current, unit);
  }

  sentenceStart(sentence: number): number | null {
    return segmentAtOrAfterSentence(this.list, sentence);
  }

  blockStart(block: number): number | null {
    return segmentAtOrAfterBlock(this.list, block);
  }

  /**
   * Rebuilds the segments for new options, keeping the place in the sentence
   * being read. When that sentence is now skipped, the place is not moved:
   * `next` says where the next segment read is (null when nothing is left).
   */
  rebuild(options: ReadingOptions): RebuiltPlace {
    const before = this.segment;
    this.build(options);
    if (!before) {
      this.current = this.list.length;
      return { kept: true };
    }
    const same = this.list.findLast(
      (segment) => segment.sentence === before.sentence && segment.sentenceOffset <= before.sentenceOffset,
    );
    if (!same) return { kept: false, next: this.sentenceStart(before.sentence + 1) };
    this.current = same.index;
    if (same.text !== before.text) this.offset = 0;
    return { kept: true };
  }

  private build(options: ReadingOptions): void {
    this.list = buildSpeechSegments(this.article, options);
    this.charsFrom = charactersFromEachSegment(this.list);
    const { ordinals, count } = sentenceOrdinals(this.list);
    this.ordinals = ordinals;
    this.readCount = count;
  }
}
