/**
 * The page script of the real-browser speech test: a Narrator over the
 * browser's real speechSynthesis, reading the short fixture article, with every
 * speak/cancel call and utterance event logged for the test to inspect.
 * Bundled to an IIFE by ./server.ts.
 */
import {
  browserSpeechBackend,
  createNarrator,
  type NarratorConfig,
  type SpeechSynthesizer,
  type SpeechUtteranceLike,
} from '../../../../speech';
import { shortArticle } from '../../../fixtures/speech/short-article';
import type { SpeechLogEntry, SpeechStateEntry, SpeechTestApi } from './api';

const backend = browserSpeechBackend();
if (!backend) throw new Error('This browser has no Web Speech API.');
const real = backend.synthesizer;
const log: SpeechLogEntry[] = [];
const states: SpeechStateEntry[] = [];
const now = () => performance.now();

const synthesizer: SpeechSynthesizer = {
  speak(utterance) {
    log.push({ type: 'speak', text: utterance.text, at: now() });
    real.speak(utterance);
  },
  cancel() {
    log.push({ type: 'cancel', at: now() });
    real.cancel();
  },
  getVoices: () => real.getVoices(),
  addEventListener: (type, listener) => real.addEventListener(type, listener),
  removeEventListener: (type, listener) => real.removeEventListener(type, listener),
};

function createUtterance(text: string): SpeechUtteranceLike {
  const utterance = new SpeechSynthesisUtterance(text);
  // Listeners beside the Narrator's on* handlers, so logging cannot change what it sees.
  utterance.addEventListener('start', () => log.push({ type: 'start', text, at: now() }));
  utterance.addEventListener('end', () => log.push({ type: 'end', text, at: now() }));
  utterance.addEventListener('boundary', () => log.push({ type: 'boundary', text, at: now() }));
  utterance.addEventListener('error', (event) => log.push({ type: 'error', text, error: event.error, at: now() }));
  return utterance;
}

const api: SpeechTestApi = {
  narrator: null,
  log,
  states,
  create(settings: NarratorConfig['settings'] = {}) {
    api.narrator?.dispose();
    log.length = 0;
    states.length = 0;
    const narrator = createNarrator({ synthesizer, createUtterance, article: shortArticle, settings });
    narrator.subscribe((state) => {
      states.push({ status: state.status, segment: state.segment?.index ?? null, word: state.word !== null, at: now() });
    });
    api.narrator = narrator;
    return narrator.segments.map((segment) => segment.text);
  },
  // Not part of the Narrator's interface: it never needs to ask.
  speaking: () => window.speechSynthesis.speaking,
};

(window as unknown as { lectorSpeech: SpeechTestApi }).lectorSpeech = api;
document.body.dataset.ready = 'true';
