/**
 * The sleep timer: reading stops after 15, 30 or 60 minutes of listening, or at
 * the end of the article being read, with a warning a minute before, so a
 * commuter who dozes off does not wake at the end of the next three articles.
 *
 * It counts wall-clock time from when it was set, checked every few seconds
 * against a deadline rather than trusting one long setTimeout: a background tab's
 * timers are throttled (Chromium's intensive throttling runs them once a minute).
 */

export const SLEEP_MINUTES = [15, 30, 60] as const;
export type SleepMinutes = (typeof SLEEP_MINUTES)[number];
/** Stop when the article being read ends, whatever would come next (the listening queue goes on otherwise). */
export const SLEEP_AT_ARTICLE_END = 'article-end';
export type SleepChoice = SleepMinutes | typeof SLEEP_AT_ARTICLE_END;

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
  private chosen: SleepChoice | null = null;
  private deadline: number | null = null;
  private warned = false;
  private handle: unknown = null;

  constructor(
    private readonly events: SleepTimerEvents,
    private readonly clock: SleepTimerClock = realClock,
  ) {}

  /** Starts (or restarts) the timer; null turns it off. */
  set(choice: SleepChoice | null): void {
    this.cancel();
    this.chosen = choice;
    if (choice === null || choice === SLEEP_AT_ARTICLE_END) return;
    this.deadline = this.clock.now() + choice * 60_000;
    this.handle = this.clock.setInterval(() => this.check(), CHECK_MS);
  }

  /**
   * Goes on with a minutes timer set elsewhere (the listening queue's previous article), to the same deadline:
   * the next article does not start the count again.
   */
  continueUntil(choice: SleepMinutes, deadline: number): void {
    this.cancel();
    this.chosen = choice;
    this.deadline = deadline;
    this.handle = this.clock.setInterval(() => this.check(), CHECK_MS);
    this.check();
  }

  /** When a minutes timer stops reading (epoch ms); null when off or set for the article's end. */
  get deadlineAt(): number | null {
    return this.deadline;
  }

  /** What the timer is set to; null when off. */
  get choice(): SleepChoice | null {
    return this.chosen;
  }

  /**
   * How much speaking is left in the article (the Narrator's estimate): set to
   * stop at the article's end, the listener is warned once when a minute or less
   * is left while reading.
   */
  speakingLeft(seconds: number, reading: boolean): void {
    if (this.chosen !== SLEEP_AT_ARTICLE_END || this.warned || !reading) return;
    if (seconds * 1000 <= SLEEP_WARNING_MS) {
      this.warned = true;
      this.events.onWarning();
    }
  }

  /** The article ended: set to stop there, the timer expires (and turns off); true when it did. */
  articleEnded(): boolean {
    if (this.chosen !== SLEEP_AT_ARTICLE_END) return false;
    this.cancel();
    this.events.onExpired();
    return true;
  }

  /** Whole minutes left, rounded up; null when off. */
  get minutesLeft(): number | null {
    if (this.deadline === null) return null;
    return Math.max(0, Math.ceil((this.deadline - this.clock.now()) / 60_000));
  }

  cancel(): void {
    if (this.handle !== null) this.clock.clearInterval(this.handle);
    this.handle = null;
    this.chosen = null;
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
