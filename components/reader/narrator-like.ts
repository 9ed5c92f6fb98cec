import type { NarratorState, NavigationUnit } from '../../speech/index';

/** The part of the Narrator the reader uses (a fake in unit tests). */
export interface NarratorLike {
  readonly state: NarratorState;
  subscribe(listener: (state: NarratorState) => void): () => void;
  play(): void;
  pause(): void;
  next(unit?: NavigationUnit): boolean;
  previous(unit?: NavigationUnit): boolean;
  seekToSentence(sentence: number): boolean;
  seekToBlock(block: number): boolean;
  setRate(rate: number): void;
  setVoice(voiceURI: string): boolean;
  dispose(): void;
}
