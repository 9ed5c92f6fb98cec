/**
 * The reader's sleep timer and what it hands over: its words (set, a minute
 * left, stopped, cancelled), stopping reading when time is up, and at an
 * article's end either stopping there (set to "end of article") or telling
 * the listening queue to go on. A minutes timer goes on into the queue's next
 * article as a `SleepCarry`. The reader model owns one of these per article.
 */
import type { Translate } from '../i18n/messages';
import { SLEEP_AT_ARTICLE_END, SleepTimer, type SleepChoice, type SleepMinutes, type SleepTimerClock } from './sleep-timer';

/** A minutes sleep timer handed from one article's model to the next. */
export interface SleepCarry {
  choice: SleepMinutes;
  deadline: number;
}

export interface ReaderSleepOptions {
  t: Translate;
  announce(text: string): void;
  /** Time is up: stop reading (when reading). */
  stop(): void;
  /** The timer's choice changed (the player bar shows it); null: off. */
  onChoice(choice: SleepChoice | null): void;
  /** The article was read to its end; `sleepStopped`: the timer was set to stop there (the queue then stops too). */
  onArticleEnd?: (sleepStopped: boolean) => void;
  /** A minutes timer to go on with (the queue's previous article set it). */
  from?: SleepCarry | null;
  clock?: SleepTimerClock;
}

export class ReaderSleep {
  private readonly timer: SleepTimer;

  constructor(private readonly options: ReaderSleepOptions) {
    const { t } = options;
    this.timer = new SleepTimer(
      {
        onWarning: () => options.announce(t('readerSleepWarning')),
        onExpired: () => {
          options.stop();
          options.onChoice(null);
          options.announce(t('readerSleepStopped'));
        },
      },
      options.clock,
    );
    // Unless it ran out on the way, which the timer then says at once.
    if (options.from) this.timer.continueUntil(options.from.choice, options.from.deadline);
  }

  get choice(): SleepChoice | null {
    return this.timer.choice;
  }

  /** The minutes timer, to carry over to the next article; null when off or set for this article's end. */
  get carry(): SleepCarry | null {
    const choice = this.timer.choice;
    const deadline = this.timer.deadlineAt;
    return choice !== null && choice !== SLEEP_AT_ARTICLE_END && deadline !== null ? { choice, deadline } : null;
  }

  /** Stops reading after `choice` (null: never), with a warning a minute before; each is announced. */
  set(choice: SleepChoice | null): void {
    const { t } = this.options;
    this.timer.set(choice);
    this.options.onChoice(choice);
    if (choice === null) this.options.announce(t('readerSleepCancelled'));
    else if (choice === SLEEP_AT_ARTICLE_END) this.options.announce(t('readerSleepSetArticleEnd'));
    else this.options.announce(t('readerSleepSet', [String(choice)]));
  }

  speakingLeft(seconds: number, reading: boolean): void {
    this.timer.speakingLeft(seconds, reading);
  }

  /** The article ended: hands over to the queue; true when the timer stopped reading here (it said so itself). */
  articleEnded(): boolean {
    const stopped = this.timer.articleEnded();
    this.options.onArticleEnd?.(stopped);
    return stopped;
  }

  cancel(): void {
    this.timer.cancel();
  }
}
