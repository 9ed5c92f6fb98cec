/**
 * Headset buttons, keyboard media keys and the system's media controls (MPRIS,
 * the lock screen) drive the reader through the Media Session API.
 *
 * Chromium routes media keys only to a page that plays media: speech from
 * `speechSynthesis` alone makes no media session (checked in Chromium 156: no
 * MPRIS player appears, and a muted <audio> does not count either). So while
 * Lector reads it plays a looping second of silence, unmuted, from an <audio>
 * that is never put in the page. The cost: the tab shows its "playing audio"
 * icon while Lector reads, which is true.
 */

export interface MediaKeyTarget {
  readonly isPlaying: boolean;
  togglePlay(): void;
  move(unit: 'sentence' | 'paragraph', direction: 1 | -1): void;
  subscribe(listener: () => void): () => void;
}

export interface MediaKeysOptions {
  /** What the system shows: the article's title and its site. */
  metadata: { title: string; site: string | null };
  mediaSession?: MediaSession;
  /**
   * What next and previous track do where there is more than one article (the listening queue's panel: the next
   * article). Without it they move by paragraph, as in the reader.
   */
  trackStep?: (direction: 1 | -1) => void;
  /** The silence player; tests pass a fake. */
  createAudio?: () => HTMLAudioElement;
}

export interface MediaKeys {
  dispose(): void;
}

const ACTIONS = ['play', 'pause', 'stop', 'nexttrack', 'previoustrack', 'seekforward', 'seekbackward'] as const;

/** A second of 8 kHz 8-bit mono silence as a WAV file (8 kB). */
export function silentWav(): Uint8Array {
  const samples = 8000;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i += 1) bytes[offset + i] = value.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // PCM header size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, samples, true); // sample rate
  view.setUint32(28, samples, true); // byte rate
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples, true);
  bytes.fill(128, 44); // 8-bit PCM is unsigned: 128 is silence
  return bytes;
}

/**
 * The silence as a `data:` address. Not a blob: `URL.createObjectURL` registers the blob with the browser process
 * in a synchronous round trip, which held the page's main thread 150 ms on a loaded 2-core machine (CPU profile of
 * "Read page aloud", Chromium 156), just as the first words started and the reader was being drawn.
 */
export function silentWavUrl(): string {
  let binary = '';
  for (const byte of silentWav()) binary += String.fromCharCode(byte);
  return `data:audio/wav;base64,${btoa(binary)}`;
}

function createSilence(): HTMLAudioElement {
  const audio = new Audio(silentWavUrl());
  audio.loop = true;
  return audio;
}

/** Connects the media keys to `target` until disposed; does nothing where the browser has no Media Session. */
export function connectMediaKeys(target: MediaKeyTarget, options: MediaKeysOptions): MediaKeys {
  const session = options.mediaSession ?? (typeof navigator === 'undefined' ? undefined : navigator.mediaSession);
  if (!session || typeof MediaMetadata === 'undefined') return { dispose: () => undefined };
  const handlers: Record<(typeof ACTIONS)[number], () => void> = {
    play: () => {
      if (!target.isPlaying) target.togglePlay();
    },
    pause: () => {
      if (target.isPlaying) target.togglePlay();
    },
    stop: () => {
      if (target.isPlaying) target.togglePlay();
    },
    nexttrack: () => (options.trackStep ? options.trackStep(1) : target.move('paragraph', 1)),
    previoustrack: () => (options.trackStep ? options.trackStep(-1) : target.move('paragraph', -1)),
    seekforward: () => target.move('sentence', 1),
    seekbackward: () => target.move('sentence', -1),
  };
  // The page's own media session (a video player's) comes back on close; its action handlers
  // cannot be read, so those stay cleared until the page sets them again.
  const before = { metadata: session.metadata, playbackState: session.playbackState };
  for (const action of ACTIONS) {
    try {
      session.setActionHandler(action, handlers[action]);
    } catch {
      // An action this browser does not know (Firefox ESR lacks some): the others still work.
    }
  }
  try {
    session.metadata = new MediaMetadata({
      title: options.metadata.title,
      ...(options.metadata.site ? { artist: options.metadata.site } : {}),
    });
  } catch {
    // A content script's MediaMetadata may not be accepted by the page's session (Firefox's Xray
    // wrappers): the keys still work, the system just shows the page's title.
  }

  let audio: HTMLAudioElement | null = null;
  let playing: boolean | null = null;
  const follow = () => {
    if (target.isPlaying === playing) return;
    playing = target.isPlaying;
    session.playbackState = target.isPlaying ? 'playing' : 'paused';
    if (target.isPlaying) {
      audio ??= (options.createAudio ?? createSilence)();
      // Rejected without a user gesture or under a page CSP that forbids blob: media: the keys then stay with
      // the browser, and reading is unaffected.
      audio.play().catch(() => undefined);
    } else {
      audio?.pause();
    }
  };
  const unsubscribe = target.subscribe(follow);
  follow();

  return {
    dispose() {
      unsubscribe();
      for (const action of ACTIONS) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // See above: an unknown action was never set.
        }
      }
      session.metadata = before.metadata;
      session.playbackState = before.playbackState;
      if (audio) {
        audio.pause();
        audio.removeAttribute('src');
        audio.load();
      }
    },
  };
}
