/**
 * A private D-Bus session bus for one browser, so a test can press the system's
 * media keys the way a desktop does: through MPRIS, the interface Chromium and
 * Firefox expose on Linux for their media sessions (headset buttons and keyboard
 * media keys arrive the same way).
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type MprisAction = 'PlayPause' | 'Play' | 'Pause' | 'Next' | 'Previous' | 'Stop';

export interface MediaKeysBus {
  /** For the browser's environment: `DBUS_SESSION_BUS_ADDRESS`. */
  env: Record<string, string>;
  /** The MPRIS players on the bus (`org.mpris.MediaPlayer2.chromium.instance123`). */
  players(): Promise<string[]>;
  press(player: string, action: MprisAction): Promise<void>;
  /** What the player tells the desktop (`dbus-send`'s printout of MPRIS `Metadata`). */
  metadata(player: string): Promise<string>;
  close(): Promise<void>;
}

export async function startMediaKeysBus(): Promise<MediaKeysBus> {
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    daemon.once('error', reject);
    daemon.once('exit', (code) => reject(new Error(`dbus-daemon exited (${code}) before it gave its address`)));
    daemon.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: address };
  const send = (args: string[]) =>
    run('dbus-send', ['--session', '--print-reply', ...args], { env: { ...process.env, ...env } });
  return {
    env,
    async players() {
      const { stdout } = await send(['--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames']);
      return stdout.match(/org\.mpris\.MediaPlayer2\.[\w.]+/g) ?? [];
    },
    async press(player, action) {
      await send([`--dest=${player}`, '/org/mpris/MediaPlayer2', `org.mpris.MediaPlayer2.Player.${action}`]);
    },
    async metadata(player) {
      const { stdout } = await send([
        `--dest=${player}`,
        '/org/mpris/MediaPlayer2',
        'org.freedesktop.DBus.Properties.Get',
        'string:org.mpris.MediaPlayer2.Player',
        'string:Metadata',
      ]);
      return stdout;
    },
    async close() {
      daemon.kill();
    },
  };
}
