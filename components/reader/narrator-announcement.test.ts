import { describe, expect, it } from 'vitest';
import type { NarratorState } from '../../speech/index';
import { english } from '../../tests/support/components/english';
import { narratorAnnouncement } from './narrator-announcement';

const state = (changes: Partial<NarratorState>) =>
  ({ status: 'idle', error: null, noVoices: false, notice: null, ...changes }) as NarratorState;

describe('narratorAnnouncement', () => {
  it('says it is looking for voices when Play waits for them, and again when none have come yet', () => {
    const idle = state({});
    const waiting = state({ status: 'loading-voices' });
    expect(narratorAnnouncement(english, idle, waiting)).toBe('Looking for voices…');
    expect(narratorAnnouncement(english, waiting, state({ status: 'loading-voices', noVoices: true }))).toBe(
      'No voices have arrived yet. Lector keeps looking and starts reading as soon as one does.',
    );
    expect(narratorAnnouncement(english, waiting, state({ status: 'playing' }))).toBe('Playing');
  });

  it('says the voices are ready when they come after it said there were none', () => {
    const none = state({ status: 'error', noVoices: true, error: { code: 'no-voices' } });
    expect(narratorAnnouncement(english, none, state({ notice: { code: 'voices-found' } }))).toBe(
      'Voices are ready. Press Play to listen.',
    );
  });
});
