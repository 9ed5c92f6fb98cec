/**
 * A Narrator stand-in for component tests: the real segment list and the real
 * navigation rules (speech/speech-segments, speech/navigation), no speech at all.
 * `play()` just says "playing"; tests move it on with `speakNext()` and read
 * what was asked of it in `calls`.
 */
import type { NarratorLike } from '../../../components/reader/narrator-like';
import type { Article } from '../../../core/model';
import type { NarratorState, NavigationUnit, VoiceLike } from '../../../speech/index';
import { nextUnitStart, previousUnitStart, segmentAtOrAfterBlock, segmentAtOrAfterSentence } from '../../../speech/navigation';
import {
  buildSpeechSegments,
  DEFAULT_READING_OPTIONS,
  sentenceOrdinals,
  type SpeechSegment,
} from '../../../speech/speech-segments';

export const FAKE_VOICES: VoiceLike[] = [
  { voiceURI: 'fake:en-gb', name: 'English (UK)', lang: 'en-GB', localService: true, default: true },
  { voiceURI: 'fake:en-us', name: 'English (US)', lang: 'en-US', localService: true, default: false },
  { voiceURI: 'fake:fr', name: 'Français', lang: 'fr-FR', localService: true, default: false },
];

export class FakeNarrator implements NarratorLike {
  readonly calls: string[] = [];
  readonly segments: SpeechSegment[];
  private index = 0;
  private listeners = new Set<(state: NarratorState) => void>();
  private snapshot: NarratorState;
  disposed = false;

  private readonly ordinals: { ordinals: number[]; count: number };

  /** `readTitle`: read the title first, as the real Narrator does by default (off here unless asked for). */
  constructor(
    article: Pick<Article, 'blocks' | 'sentences'> & Partial<Pick<Article, 'title'>>,
    private voices: VoiceLike[] = FAKE_VOICES,
    readTitle = false,
  ) {
    this.segments = buildSpeechSegments(article, { ...DEFAULT_READING_OPTIONS, readTitle });
    this.ordinals = sentenceOrdinals(this.segments);
    this.snapshot = this.build({ status: 'idle' });
  }

  get state(): NarratorState {
    return this.snapshot;
  }

  subscribe(listener: (state: NarratorState) => void): () => void {
    this.listeners.add(listener);
    listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  play(): void {
    this.calls.push('play');
    this.set({ status: 'playing', error: null });
  }

  pause(): void {
    this.calls.push('pause');
    if (this.snapshot.status === 'playing') this.set({ status: 'paused' });
  }

  next(unit: NavigationUnit = 'sentence'): boolean {
    this.calls.push(`next:${unit}`);
    return this.jump(nextUnitStart(this.segments, this.index, unit));
  }

  previous(unit: NavigationUnit = 'sentence'): boolean {
    this.calls.push(`previous:${unit}`);
    return this.jump(previousUnitStart(this.segments, this.index, unit));
  }

  seekToSentence(sentence: number): boolean {
    this.calls.push(`seekToSentence:${sentence}`);
    return this.jump(segmentAtOrAfterSentence(this.segments, sentence));
  }

  seekToBlock(block: number): boolean {
    this.calls.push(`seekToBlock:${block}`);
    return this.jump(segmentAtOrAfterBlock(this.segments, block));
  }

  setRate(rate: number): void {
    this.calls.push(`setRate:${rate}`);
    this.set({ settings: { ...this.snapshot.settings, rate } });
  }

  setVoice(voiceURI: string): boolean {
    this.calls.push(`setVoice:${voiceURI}`);
    const voice = this.voices.find((candidate) => candidate.voiceURI === voiceURI) ?? null;
    if (voice) this.set({ voice });
    return voice !== null;
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  /** The voice finished the current segment. */
  speakNext(): void {
    this.index++;
    this.set(this.index >= this.segments.length ? { status: 'ended' } : {});
  }

  /** Anything else the real Narrator could report (errors, notices, a word). */
  set(changes: Partial<NarratorState>): void {
    this.snapshot = this.build(changes);
    for (const listener of [...this.listeners]) listener(this.snapshot);
  }

  private jump(target: number | null): boolean {
    if (target === null) return false;
    this.index = target;
    this.set({ word: null, status: this.snapshot.status === 'ended' ? 'idle' : this.snapshot.status });
    return true;
  }

  private build(changes: Partial<NarratorState>): NarratorState {
    const previous = this.snapshot as NarratorState | undefined;
    return {
      status: 'idle',
      error: null,
      noVoices: false,
      word: null,
      voice: this.voices[0] ?? null,
      voices: this.voices,
      notice: null,
      settings: { rate: 1, pitch: 1, volume: 1 },
      options: DEFAULT_READING_OPTIONS,
      ...previous,
      segment: this.segments[this.index] ?? null,
      progress: {
        done: Math.min(this.index, this.segments.length),
        total: this.segments.length,
        sentence: this.ordinals.ordinals[this.index] ?? this.ordinals.count,
        sentences: this.ordinals.count,
        secondsRemaining: 90,
      },
      ...changes,
    };
  }
}
