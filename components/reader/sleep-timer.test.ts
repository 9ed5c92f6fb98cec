import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLEEP_AT_ARTICLE_END, SLEEP_WARNING_MS, SleepTimer } from './sleep-timer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function timer() {
  const events: string[] = [];
  const sleep = new SleepTimer({ onWarning: () => events.push('warning'), onExpired: () => events.push('expired') });
  return { sleep, events };
}

describe('SleepTimer', () => {
  it('warns a minute before the end, then stops once', () => {
    const { sleep, events } = timer();
    sleep.set(15);
    expect(sleep.minutesLeft).toBe(15);
    vi.advanceTimersByTime(15 * 60_000 - SLEEP_WARNING_MS - 5_000);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['warning']);
    expect(sleep.minutesLeft).toBe(1);
    vi.advanceTimersByTime(SLEEP_WARNING_MS);
    expect(events).toEqual(['warning', 'expired']);
    expect(sleep.minutesLeft).toBeNull();
    vi.advanceTimersByTime(60 * 60_000);
    expect(events).toEqual(['warning', 'expired']);
  });

  it('goes on to a deadline set elsewhere (the queue’s next article), and expires at once when it has passed', () => {
    const { sleep, events } = timer();
    sleep.continueUntil(15, Date.now() + 3 * 60_000);
    expect(sleep.choice).toBe(15);
    expect(sleep.minutesLeft).toBe(3);
    vi.advanceTimersByTime(3 * 60_000);
    expect(events).toEqual(['warning', 'expired']);
    const late = timer();
    late.sleep.continueUntil(30, Date.now() - 1);
    expect(late.events).toEqual(['expired']);
    expect(late.sleep.choice).toBeNull();
  });

  it('keeps time by the clock when its checks run late, as in a throttled background tab', () => {
    const events: string[] = [];
    let now = 0;
    let tick: () => void = () => undefined;
    const sleep = new SleepTimer(
      { onWarning: () => events.push('warning'), onExpired: () => events.push('expired') },
      { now: () => now, setInterval: (callback) => (tick = callback), clearInterval: () => undefined },
    );
    sleep.set(30);
    now = 31 * 60_000; // one late check after the deadline
    tick();
    expect(events).toEqual(['expired']);
  });

  it('can be restarted and turned off', () => {
    const { sleep, events } = timer();
    sleep.set(60);
    vi.advanceTimersByTime(50 * 60_000);
    sleep.set(15);
    expect(sleep.minutesLeft).toBe(15);
    sleep.set(null);
    vi.advanceTimersByTime(120 * 60_000);
    expect(events).toEqual([]);
    expect(sleep.minutesLeft).toBeNull();
  });

  it('set to the article\'s end, warns once when a minute of speaking is left while reading, and expires at the end', () => {
    const { sleep, events } = timer();
    expect(sleep.articleEnded()).toBe(false);
    sleep.set(SLEEP_AT_ARTICLE_END);
    expect(sleep.choice).toBe(SLEEP_AT_ARTICLE_END);
    expect(sleep.minutesLeft).toBeNull();
    vi.advanceTimersByTime(180 * 60_000);
    sleep.speakingLeft(30, false);
    sleep.speakingLeft(120, true);
    expect(events).toEqual([]);
    sleep.speakingLeft(60, true);
    sleep.speakingLeft(20, true);
    expect(events).toEqual(['warning']);
    expect(sleep.articleEnded()).toBe(true);
    expect(events).toEqual(['warning', 'expired']);
    expect(sleep.choice).toBeNull();
    expect(sleep.articleEnded()).toBe(false);
  });

  it('set to minutes, ignores the article\'s end', () => {
    const { sleep, events } = timer();
    sleep.set(30);
    sleep.speakingLeft(10, true);
    expect(sleep.articleEnded()).toBe(false);
    expect(events).toEqual([]);
    expect(sleep.choice).toBe(30);
  });
});
