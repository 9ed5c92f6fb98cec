/** Rate, pitch and volume, kept within what every engine accepts. */

export interface VoiceSettings {
  /** 0.5–10: the Web Speech API allows 0.1–10, and screen-reader users listen at 3–5× and faster. */
  rate: number;
  /** 0–2. */
  pitch: number;
  /** 0–1. */
  volume: number;
}

export const DEFAULT_VOICE_SETTINGS: Readonly<VoiceSettings> = Object.freeze({ rate: 1, pitch: 1, volume: 1 });

const RANGES: Record<keyof VoiceSettings, readonly [number, number]> = { rate: [0.5, 10], pitch: [0, 2], volume: [0, 1] };

/** `value` clamped to the setting's range; `fallback` when it is not a finite number. */
export function clampVoiceSetting(key: keyof VoiceSettings, value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  const [low, high] = RANGES[key];
  return Math.min(high, Math.max(low, value));
}

/** Defaults overridden by whichever of `partial`'s values are usable. */
export function voiceSettingsFrom(partial: Partial<VoiceSettings> = {}): VoiceSettings {
  const settings = { ...DEFAULT_VOICE_SETTINGS };
  for (const key of ['rate', 'pitch', 'volume'] as const) {
    const value = partial[key];
    if (value !== undefined) settings[key] = clampVoiceSetting(key, value, settings[key]);
  }
  return settings;
}
