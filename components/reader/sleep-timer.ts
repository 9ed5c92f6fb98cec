/**
 * The sleep timer: reading stops after 15, 30 or 60 minutes of listening, with a
 * warning a minute before, so a commuter who dozes off does not wake at the end
 * of the next three articles.
 *
 * It counts wall-clock time from when it was set, checked every few seconds
 * against a deadline rather than trusting one long setTimeout: a background tab's
 * timers are throttled (Chromium's intensive throttling runs them once a minute).
 */

export const SLEEP_MINUTES = [15, 30, 60] as const;
export type SleepMinutes = (typeof SLEEP_MINUTES)[number];

/** How long before stopping the listener is warned. */
export const SLEEP_WARNING_MS = 60_000;
const CHECK_MS = 5_000;

export interface SleepTimerClock {
  now(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface SleepTimerEvents {
  /** A minute is left (or less, when the timer was set for less). */
  onWarning(): void;
  /** Time is up: the reader stops reading. */
  onExpired(): void;
}

const realClock: SleepTimerClock = {
  now: () => Date.now(),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export class SleepTimer {
  private deadline: number | null = null;
  private warned = false;
  private handle: unknown = null;

  constructor(
    private readonly events: SleepTimerEvents,
    private readonly clock: SleepTimerClock = realClock,
  ) {}

  /** Starts (or restarts) the timer; null turns it off. */
  set(minutes: SleepMinutes | null): void {
    this.cancel();
    if (minutes === null) return;
    this.deadline = this.clock.now() + minutes * 60_000;
    this.handle = this.clock.setInterval(() => this.check(), CHECK_MS);
  }

  /** Whole minutes left, rounded up; null when off. */
  get minutesLeft(): number | null {
    if (this.deadline === null) return null;
    return Math.max(0, Math.ceil((this.deadline - this.clock.now()) / 60_000));
  }

  cancel(): void {
    if (this.handle !== null) this.clock.clearInterval(this.handle);
    this.handle = null;
    this.deadline = null;
    this.warned = false;
  }

  private check(): void {
    if (this.deadline === null) return;
    const left = this.deadline - this.clock.now();
    if (left <= 0) {
      this.cancel();
      this.events.onExpired();
    } else if (!this.warned && left <= SLEEP_WARNING_MS) {
      this.warned = true;
      this.events.onWarning();
    }
  }
}
