// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useSystemVoices, VOICE_PATIENCE_MS } from './use-system-voices';

class LateVoices extends EventTarget {
  list: SpeechSynthesisVoice[] = [];
  getVoices = () => this.list;
}

function Status({ synth }: { synth: LateVoices }) {
  const voices = useSystemVoices(synth);
  return <p role="status">{voices.status === 'ready' ? `${voices.voices.length} voices` : voices.status}</p>;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('looks for voices, says none after its patience, and shows them when they arrive later still', () => {
  const synth = new LateVoices();
  render(<Status synth={synth} />);
  expect(screen.getByRole('status').textContent).toBe('looking');
  act(() => {
    vi.advanceTimersByTime(VOICE_PATIENCE_MS);
  });
  expect(screen.getByRole('status').textContent).toBe('none');
  act(() => {
    synth.list = [{ voiceURI: 'espeak', name: 'espeak', lang: 'en', default: true } as SpeechSynthesisVoice];
    synth.dispatchEvent(new Event('voiceschanged'));
  });
  expect(screen.getByRole('status').textContent).toBe('1 voices');
});

it('shows voices that arrive before its patience runs out, and never says none after that', () => {
  const synth = new LateVoices();
  render(<Status synth={synth} />);
  act(() => {
    vi.advanceTimersByTime(13_700);
    synth.list = [{ voiceURI: 'espeak', name: 'espeak', lang: 'en', default: true } as SpeechSynthesisVoice];
    synth.dispatchEvent(new Event('voiceschanged'));
  });
  act(() => {
    vi.advanceTimersByTime(VOICE_PATIENCE_MS);
  });
  expect(screen.getByRole('status').textContent).toBe('1 voices');
});
