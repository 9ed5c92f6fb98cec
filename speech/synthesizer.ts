/**
 * The slice of the Web Speech API the Narrator uses, as structural types: the
 * browser's `speechSynthesis` and `SpeechSynthesisUtterance` fit them, and so
 * does a fake in unit tests.
 */

/**
 * A handler type checked bivariantly in its parameter (the method-syntax trick
 * DefinitelyTyped uses for React's event handlers), so the DOM's handlers, which
 * take the richer `SpeechSynthesisEvent`, still fit these slimmer event types.
 */
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

/** What the Narrator reads from a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  readonly voiceURI: string;
  readonly name: string;
  /** BCP 47 tag; some engines write `en_US`. */
  readonly lang: string;
  /** False for network voices (Chrome's "Google …" voices), which stall more often. */
  readonly localService: boolean;
  readonly default: boolean;
}

/** What the Narrator reads from a `SpeechSynthesisEvent`. */
export interface SpeechEventLike {
  /** `word` or `sentence` for boundary events (older engines leave it out). */
  readonly name?: string;
  /** Offset in the utterance's text where the boundary is. */
  readonly charIndex: number;
  /** Length of the word; 0 or missing when the engine does not say. */
  readonly charLength?: number;
}

/** What the Narrator reads from a `SpeechSynthesisErrorEvent`. */
export interface SpeechErrorEventLike {
  /** A `SpeechSynthesisErrorCode` such as `interrupted`, `canceled`, `not-allowed`, `synthesis-failed`. */
  readonly error: string;
}

/** The part of `SpeechSynthesisUtterance` the Narrator sets. */
export interface SpeechUtteranceLike {
  text: string;
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  pitch: number;
  volume: number;
  onstart: Handler<SpeechEventLike> | null;
  onend: Handler<SpeechEventLike> | null;
  onerror: Handler<SpeechErrorEventLike> | null;
  onboundary: Handler<SpeechEventLike> | null;
}

/**
 * The part of `speechSynthesis` the Narrator uses. No `pause()`/`resume()`: they
 * do not work everywhere, so the Narrator pauses by cancelling (see narrator.ts).
 */
export interface SpeechSynthesizer {
  speak(utterance: SpeechUtteranceLike): void;
  /** Global to the browser: stops every page's speech, so call it only for our own. */
  cancel(): void;
  /** Can be empty until `voiceschanged` fires. */
  getVoices(): readonly VoiceLike[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** Makes an utterance for `text` (`text => new SpeechSynthesisUtterance(text)` in a browser). */
export type UtteranceFactory = (text: string) => SpeechUtteranceLike;

/** A synthesizer and its utterance factory, ready to hand to `createNarrator`. */
export interface SpeechBackend {
  synthesizer: SpeechSynthesizer;
  createUtterance: UtteranceFactory;
}

/** Just the globals `browserSpeechBackend` needs, so it can be handed another window. */
export interface SpeechGlobals {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/**
 * The browser's Web Speech API, or null where it does not exist (some Linux
 * builds of Firefox without speech-dispatcher, locked-down kiosks).
 */
export function browserSpeechBackend(scope: SpeechGlobals = globalThis as SpeechGlobals): SpeechBackend | null {
  const synthesizer = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (!synthesizer || typeof Utterance !== 'function') return null;
  return { synthesizer, createUtterance: (text) => new Utterance(text) };
}
