/** What the speech test page exposes as `window.lectorSpeech`. */
import type { Narrator, NarratorConfig, NarratorStatus } from '../../../../speech';

export type SpeechLogEntry =
  | { type: 'speak' | 'start' | 'end' | 'boundary'; text: string; at: number }
  | { type: 'error'; text: string; error: string; at: number }
  | { type: 'cancel'; at: number };

export interface SpeechStateEntry {
  status: NarratorStatus;
  segment: number | null;
  word: boolean;
  at: number;
}

export interface SpeechTestApi {
  narrator: Narrator | null;
  /** Every speak/cancel call and utterance event, with `performance.now()` times. */
  log: SpeechLogEntry[];
  states: SpeechStateEntry[];
  /** Makes a fresh Narrator over the fixture article (disposing the last); returns its segment texts. */
  create(settings?: NarratorConfig['settings']): string[];
  /** The browser's own `speechSynthesis.speaking`: is any audio going? */
  speaking(): boolean;
}
