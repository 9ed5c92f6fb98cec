import { useEffect, useState } from 'preact/hooks';
import { watchVoices } from '@/settings/voice-choices';

/**
 * How long a page says "Looking for voices…" before it says none were found. It keeps
 * listening after that and shows the voices the moment they arrive.
 */
export const VOICE_PATIENCE_MS = 30_000;

export type SystemVoices =
  | { status: 'looking' }
  | { status: 'none' }
  | { status: 'ready'; voices: SpeechSynthesisVoice[] };

/** The system's voices for an extension page, followed as they load late, appear or go away. */
export function useSystemVoices(
  synth: Parameters<typeof watchVoices>[0] = speechSynthesis,
  patienceMs = VOICE_PATIENCE_MS,
): SystemVoices {
  const [state, setState] = useState<SystemVoices>({ status: 'looking' });
  useEffect(() => {
    const patience = setTimeout(
      () => setState((current) => (current.status === 'looking' ? { status: 'none' } : current)),
      patienceMs,
    );
    const stop = watchVoices(synth, (voices) => {
      if (voices.length > 0) setState({ status: 'ready', voices });
      else setState((current) => (current.status === 'ready' ? { status: 'none' } : current));
    });
    return () => {
      clearTimeout(patience);
      stop();
    };
  }, [synth, patienceMs]);
  return state;
}
