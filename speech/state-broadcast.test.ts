// StateBroadcast (state-broadcast.ts) is how the Narrator tells its subscribers; tested here through the Narrator.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup } from '../tests/support/speech/harness';

afterEach(() => {
  vi.useRealTimers();
});

describe('Narrator: subscribers and disposal', () => {
  it('calls a subscriber at once and on changes, until it unsubscribes', () => {
    const { narrator } = setup();
    const seen: string[] = [];
    const unsubscribe = narrator.subscribe((s) => seen.push(s.status));
    expect(seen).toEqual(['idle']);
    narrator.play();
    unsubscribe();
    narrator.pause();
    expect(seen).toEqual(['idle', 'playing']);
  });

  it('keeps speaking when a subscriber throws, and reports the error asynchronously', async () => {
    const { narrator, synth } = setup();
    narrator.subscribe((s) => {
      if (s.status === 'playing') throw new Error('listener bug');
    });
    const later = vi.fn();
    narrator.subscribe(later);
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      narrator.play();
      await Promise.resolve();
    } catch (error) {
      errors.push(error);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([expect.objectContaining({ message: 'listener bug' })]);
    expect(synth.speaking).toBe(true);
    expect(later).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'playing' }));
  });

  it('gives a subscriber that acts on the Narrator the newest state last', () => {
    const { narrator } = setup();
    const last: string[] = [];
    narrator.subscribe((s) => {
      if (s.status === 'playing') narrator.pause();
    });
    narrator.subscribe((s) => last.push(s.status));
    narrator.play();
    expect(last.at(-1)).toBe('paused');
  });

  it('dispose cancels its own speech and lets go of voiceschanged', () => {
    const { narrator, synth } = setup();
    expect(synth.voiceListenerCount).toBe(1);
    narrator.play();
    narrator.dispose();
    expect(synth.speaking).toBe(false);
    expect(synth.voiceListenerCount).toBe(0);
    narrator.play();
    expect(synth.log.filter((e) => e.type === 'speak')).toHaveLength(1);
  });
});
