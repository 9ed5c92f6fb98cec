import { describe, expect, it, vi } from 'vitest';
import { askForVoicesEarly } from './voice-warmup';

describe('askForVoicesEarly', () => {
  it('asks the browser for its voice list once', () => {
    const getVoices = vi.fn(() => []);
    askForVoicesEarly({ speechSynthesis: { getVoices } as unknown as SpeechSynthesis });
    expect(getVoices).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there is no speech, and survives a speech object that throws', () => {
    expect(() => askForVoicesEarly({})).not.toThrow();
    const getVoices = vi.fn(() => {
      throw new Error('no speech service');
    });
    expect(() => askForVoicesEarly({ speechSynthesis: { getVoices } as unknown as SpeechSynthesis })).not.toThrow();
    expect(getVoices).toHaveBeenCalledTimes(1);
  });
});
