/**
 * Real speech in tests: speech-dispatcher voices need an audio sink, or their
 * utterances never end. A PulseAudio null sink plays speech in real time into
 * nothing, locally and in CI alike.
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const PULSEAUDIO_ARGS = [
  '-D',
  '--exit-idle-time=-1',
  '-n',
  '--load=module-null-sink sink_name=null',
  '--load=module-native-protocol-unix',
];

/** Whether an executable called `name` is on the PATH. */
export async function hasExecutable(name: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      await access(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // Not in this directory.
    }
  }
  return false;
}

/**
 * Why real-speech tests cannot run here, or null when they can. Only a missing
 * speech-dispatcher is a reason to skip: everything else is installed by `.ci/run`
 * and its absence must fail loudly.
 */
export async function realSpeechSkipReason(): Promise<string | null> {
  if (await hasExecutable('speech-dispatcher')) return null;
  return 'speech-dispatcher is not installed, so Chromium has no voices: install speech-dispatcher, espeak-ng and pulseaudio (as .ci/run does) to run the real-speech tests';
}

async function pulseaudioRunning(): Promise<boolean> {
  try {
    await run('pulseaudio', ['--check']);
    return true;
  } catch {
    return false;
  }
}

/** Starts PulseAudio with a null sink unless one is already running; throws with a clear message if it cannot. */
export async function ensureAudioSink(): Promise<void> {
  if (await pulseaudioRunning()) return;
  if (!(await hasExecutable('pulseaudio'))) {
    throw new Error('pulseaudio is not installed: real speech needs an audio sink (apt-get install pulseaudio).');
  }
  // A speech-dispatcher left from an earlier sink would hang every utterance; the browser
  // starts a fresh one, attached to the new sink, when it next needs voices. Only in CI:
  // on a developer's desktop it may be the screen reader's own speech server.
  // (-f: the process name is cut to 15 characters, "speech-dispatch".)
  if (process.env.CI) await run('pkill', ['-f', '^([^ ]*/)?speech-dispatcher( |$)']).catch(() => undefined);
  try {
    await run('pulseaudio', PULSEAUDIO_ARGS);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start pulseaudio with a null sink: ${detail}`, { cause: error });
  }
  // `-D` returns once the daemon forks; wait until it answers.
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await pulseaudioRunning()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pulseaudio was started but does not answer `pulseaudio --check`.');
}
