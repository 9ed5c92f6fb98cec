import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectMediaKeys, silentWav, silentWavUrl, type MediaKeyTarget } from './media-keys';

type Handler = (() => void) | null;

class FakeMediaSession {
  handlers = new Map<string, Handler>();
  metadata: { title: string; artist?: string } | null = null;
  playbackState: MediaSessionPlaybackState = 'none';
  setActionHandler(action: string, handler: Handler) {
    if (action === 'seekforward' && this.refuseSeek) throw new TypeError('unknown action');
    this.handlers.set(action, handler);
  }
  refuseSeek = false;
  press(action: string) {
    this.handlers.get(action)?.();
  }
}

class FakeAudio {
  playing = false;
  src = 'data:audio/wav;base64,';
  play = vi.fn(async () => {
    this.playing = true;
  });
  pause = vi.fn(() => {
    this.playing = false;
  });
  removeAttribute = vi.fn();
  load = vi.fn();
}

class FakeReader implements MediaKeyTarget {
  isPlaying = false;
  moves: string[] = [];
  private listeners = new Set<() => void>();
  togglePlay() {
    this.isPlaying = !this.isPlaying;
    for (const listener of this.listeners) listener();
  }
  move(unit: 'sentence' | 'paragraph', direction: 1 | -1) {
    this.moves.push(`${unit} ${direction}`);
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  get listenerCount() {
    return this.listeners.size;
  }
}

beforeEach(() => {
  vi.stubGlobal(
    'MediaMetadata',
    class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

function setup(refuseSeek = false, trackStep?: (direction: 1 | -1) => void) {
  const session = new FakeMediaSession();
  session.refuseSeek = refuseSeek;
  const audio = new FakeAudio();
  const reader = new FakeReader();
  const keys = connectMediaKeys(reader, {
    metadata: { title: 'The story', site: 'Daily News' },
    mediaSession: session as unknown as MediaSession,
    createAudio: () => audio as unknown as HTMLAudioElement,
    trackStep,
  });
  return { session, audio, reader, keys };
}

describe('connectMediaKeys', () => {
  it('tells the system what is being read', () => {
    const { session } = setup();
    expect(session.metadata).toMatchObject({ title: 'The story', artist: 'Daily News' });
    expect(session.playbackState).toBe('paused');
  });

  it('plays and pauses the reader from the play, pause and stop keys, never toggling the wrong way', () => {
    const { session, reader } = setup();
    session.press('pause');
    expect(reader.isPlaying).toBe(false);
    session.press('play');
    expect(reader.isPlaying).toBe(true);
    session.press('play');
    expect(reader.isPlaying).toBe(true);
    session.press('pause');
    expect(reader.isPlaying).toBe(false);
    session.press('play');
    session.press('stop');
    expect(reader.isPlaying).toBe(false);
  });

  it('moves by paragraph on next and previous track, by sentence on seek', () => {
    const { session, reader } = setup();
    session.press('nexttrack');
    session.press('previoustrack');
    session.press('seekforward');
    session.press('seekbackward');
    expect(reader.moves).toEqual(['paragraph 1', 'paragraph -1', 'sentence 1', 'sentence -1']);
  });

  it('moves by article on next and previous track where one is given (the queue panel), still by sentence on seek', () => {
    const steps: number[] = [];
    const { session, reader } = setup(false, (direction) => steps.push(direction));
    session.press('nexttrack');
    session.press('previoustrack');
    session.press('seekforward');
    expect(steps).toEqual([1, -1]);
    expect(reader.moves).toEqual(['sentence 1']);
  });

  it('plays silence only while the reader reads, so the browser routes the keys to it', () => {
    const { session, audio, reader } = setup();
    expect(audio.play).not.toHaveBeenCalled();
    reader.togglePlay();
    expect(audio.playing).toBe(true);
    expect(session.playbackState).toBe('playing');
    reader.togglePlay();
    expect(audio.playing).toBe(false);
    expect(session.playbackState).toBe('paused');
  });

  it('gives everything back when disposed', () => {
    const { session, audio, reader, keys } = setup();
    reader.togglePlay();
    keys.dispose();
    expect([...session.handlers.values()].every((handler) => handler === null)).toBe(true);
    expect(session.metadata).toBeNull();
    expect(session.playbackState).toBe('none');
    expect(audio.playing).toBe(false);
    // The player lets go of its source, so the browser drops its media pipeline.
    expect(audio.removeAttribute).toHaveBeenCalledWith('src');
    expect(audio.load).toHaveBeenCalled();
    expect(reader.listenerCount).toBe(0);
  });

  it("gives the page's own media session its title and state back", () => {
    const session = new FakeMediaSession();
    const pages = { title: 'A video on the page' };
    session.metadata = pages;
    session.playbackState = 'paused';
    const reader = new FakeReader();
    const keys = connectMediaKeys(reader, {
      metadata: { title: 'The story', site: null },
      mediaSession: session as unknown as MediaSession,
      createAudio: () => new FakeAudio() as unknown as HTMLAudioElement,
    });
    expect(session.metadata).toMatchObject({ title: 'The story' });
    expect(session.metadata).not.toHaveProperty('artist');
    keys.dispose();
    expect(session.metadata).toBe(pages);
    expect(session.playbackState).toBe('paused');
  });

  it('keeps the keys it can set where the browser refuses an action', () => {
    const { session, reader } = setup(true);
    session.press('nexttrack');
    expect(reader.moves).toEqual(['paragraph 1']);
  });
});

describe('silentWav', () => {
  it('is a one-second 8 kHz WAV of silence', () => {
    const bytes = silentWav();
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(bytes.slice(8, 12))).toBe('WAVE');
    expect(bytes.length).toBe(44 + 8000);
    expect(bytes.slice(44).every((sample) => sample === 128)).toBe(true);
  });

  it('goes to the player as a data: address holding exactly those bytes (no blob to register)', () => {
    const url = silentWavUrl();
    expect(url.startsWith('data:audio/wav;base64,')).toBe(true);
    const decoded = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(silentWav());
  });
});
