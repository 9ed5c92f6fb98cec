/**
 * A fake `speechSynthesis` driven by (fake) timers. Each voice has a behaviour
 * modelled on a real engine: boundary events or not, stalling before start or
 * before end, failing with an error code, a pause() that does nothing (Linux
 * speech-dispatcher) or cancels (Chrome Android). Events are dispatched from
 * timers, as browsers dispatch them from tasks, so late events really arrive late.
 */
import type { SpeechSynthesizer, SpeechUtteranceLike, VoiceLike } from '../../../speech/synthesizer';

export interface FakeVoiceBehaviour {
  /** Sends a `word` boundary event before each word. */
  boundaries: boolean;
  /** Omits `charLength` from boundary events (older engines). */
  noCharLength: boolean;
  /** `never-start`: start never fires; `never-end`: start fires, end never does. */
  stall: 'never-start' | 'never-end' | null;
  /** Fires this error code shortly after start instead of speaking. */
  failWith: string | null;
  /** What `pause()` does: nothing (Linux), or cancel (Chrome Android). */
  pause: 'no-op' | 'cancels';
  /** Speaking time per character at rate 1. */
  msPerChar: number;
}

export interface FakeVoice extends VoiceLike {
  behaviour: FakeVoiceBehaviour;
}

export function fakeVoice(
  name: string,
  lang: string,
  behaviour: Partial<FakeVoiceBehaviour> = {},
  flags: { localService?: boolean; default?: boolean } = {},
): FakeVoice {
  return {
    voiceURI: `fake:${name}`,
    name,
    lang,
    localService: flags.localService ?? true,
    default: flags.default ?? false,
    behaviour: { boundaries: false, noCharLength: false, stall: null, failWith: null, pause: 'no-op', msPerChar: 60, ...behaviour },
  };
}

export type FakeEvent =
  | { type: 'speak'; text: string; voice: string | null; rate: number; at: number }
  | { type: 'start' | 'end'; text: string; at: number }
  | { type: 'error'; text: string; error: string; at: number }
  | { type: 'boundary'; text: string; charIndex: number; at: number }
  | { type: 'cancel'; at: number };

interface Speaking {
  utterance: SpeechUtteranceLike;
  started: boolean;
  timers: ReturnType<typeof setTimeout>[];
}

export class FakeSynthesizer implements SpeechSynthesizer {
  readonly log: FakeEvent[] = [];
  /** The most utterances ever waiting or speaking at once. */
  maxQueued = 0;
  cancelCalls = 0;
  /** How often `getVoices()` was asked. */
  voiceQueries = 0;
  /** When set, the next utterance fails with this error code before it starts, whatever its voice. */
  nextFailure: string | null = null;

  private readonly voices: FakeVoice[];
  private voicesVisible: boolean;
  private readonly queue: SpeechUtteranceLike[] = [];
  private current: Speaking | null = null;
  private readonly voiceListeners = new Set<() => void>();
  private readonly startDelayMs: number;

  constructor(options: { voices: FakeVoice[]; voicesLoaded?: boolean; startDelayMs?: number }) {
    this.voices = options.voices;
    this.voicesVisible = options.voicesLoaded ?? true;
    this.startDelayMs = options.startDelayMs ?? 5;
  }

  /** True while an utterance is queued or being spoken (audio would be playing or about to). */
  get speaking(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  /** Texts of utterances that ended normally, in order. */
  get finished(): string[] {
    return this.log.flatMap((event) => (event.type === 'end' ? [event.text] : []));
  }

  getVoices(): readonly FakeVoice[] {
    this.voiceQueries++;
    return this.voicesVisible ? [...this.voices] : [];
  }

  /** Makes the voice list appear, as Chrome does a moment after the first `getVoices()`. */
  loadVoices(): void {
    this.voicesVisible = true;
    setTimeout(() => this.voiceListeners.forEach((listener) => listener()), 0);
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.voiceListeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.voiceListeners.delete(listener);
  }

  get voiceListenerCount(): number {
    return this.voiceListeners.size;
  }

  speak(utterance: SpeechUtteranceLike): void {
    this.log.push({ type: 'speak', text: utterance.text, voice: utterance.voice?.voiceURI ?? null, rate: utterance.rate, at: Date.now() });
    this.queue.push(utterance);
    this.maxQueued = Math.max(this.maxQueued, this.queue.length + (this.current ? 1 : 0));
    if (!this.current) this.startNext();
  }

  cancel(): void {
    this.cancelCalls++;
    this.log.push({ type: 'cancel', at: Date.now() });
    const current = this.current;
    this.current = null;
    if (current) {
      current.timers.forEach(clearTimeout);
      this.later(0, () => this.fireError(current.utterance, current.started ? 'interrupted' : 'canceled'));
    }
    for (const queued of this.queue.splice(0)) this.later(0, () => this.fireError(queued, 'canceled'));
  }

  /** The browser's pause(), as the current voice implements it. The Narrator must not need it. */
  pause(): void {
    const behaviour = this.behaviourOf(this.current?.utterance ?? null);
    if (behaviour.pause === 'cancels') this.cancel();
  }

  /** Linux speech-dispatcher: after pause() and resume(), the utterance never ends. */
  resume(): void {
    const current = this.current;
    if (current && this.behaviourOf(current.utterance).pause === 'no-op') {
      current.timers.forEach(clearTimeout);
      current.timers = [];
    }
  }

  /** Another page calling `speechSynthesis.cancel()`. */
  cancelFromElsewhere(): void {
    this.cancel();
  }

  private startNext(): void {
    const utterance = this.queue.shift();
    if (!utterance) return;
    const speaking: Speaking = { utterance, started: false, timers: [] };
    this.current = speaking;
    const behaviour = this.behaviourOf(utterance);
    const failure = this.nextFailure;
    this.nextFailure = null;
    if (failure) {
      speaking.timers.push(this.later(this.startDelayMs, () => this.finish(speaking, failure)));
      return;
    }
    if (behaviour.stall === 'never-start') return;
    speaking.timers.push(
      this.later(this.startDelayMs, () => {
        speaking.started = true;
        this.log.push({ type: 'start', text: utterance.text, at: Date.now() });
        utterance.onstart?.({ charIndex: 0 });
        if (behaviour.failWith) {
          const code = behaviour.failWith;
          speaking.timers.push(this.later(1, () => this.finish(speaking, code)));
          return;
        }
        this.scheduleSpeech(speaking, behaviour);
      }),
    );
  }

  private scheduleSpeech(speaking: Speaking, behaviour: FakeVoiceBehaviour): void {
    const { utterance } = speaking;
    const msPerChar = behaviour.msPerChar / (utterance.rate || 1);
    if (behaviour.boundaries) {
      for (const match of utterance.text.matchAll(/\S+/g)) {
        const charIndex = match.index;
        const charLength = match[0].length;
        speaking.timers.push(
          this.later(charIndex * msPerChar, () => {
            this.log.push({ type: 'boundary', text: utterance.text, charIndex, at: Date.now() });
            utterance.onboundary?.(behaviour.noCharLength ? { name: 'word', charIndex } : { name: 'word', charIndex, charLength });
          }),
        );
      }
    }
    if (behaviour.stall === 'never-end') return;
    speaking.timers.push(this.later(Math.max(1, utterance.text.length * msPerChar), () => this.finish(speaking, null)));
  }

  private finish(speaking: Speaking, error: string | null): void {
    if (this.current !== speaking) return;
    this.current = null;
    speaking.timers.forEach(clearTimeout);
    if (error) {
      this.fireError(speaking.utterance, error);
    } else {
      this.log.push({ type: 'end', text: speaking.utterance.text, at: Date.now() });
      speaking.utterance.onend?.({ charIndex: speaking.utterance.text.length });
    }
    this.startNext();
  }

  private fireError(utterance: SpeechUtteranceLike, error: string): void {
    this.log.push({ type: 'error', text: utterance.text, error, at: Date.now() });
    utterance.onerror?.({ error });
  }

  private behaviourOf(utterance: SpeechUtteranceLike | null): FakeVoiceBehaviour {
    const uri = utterance?.voice?.voiceURI;
    const voice = this.voices.find((candidate) => candidate.voiceURI === uri) ?? this.voices.find((candidate) => candidate.default) ?? this.voices[0];
    return voice?.behaviour ?? fakeVoice('none', 'en').behaviour;
  }

  private later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
    return setTimeout(run, ms);
  }
}

/** A plain utterance object, as `new SpeechSynthesisUtterance(text)` would be. */
export function createFakeUtterance(text: string): SpeechUtteranceLike {
  return { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1, onstart: null, onend: null, onerror: null, onboundary: null };
}
