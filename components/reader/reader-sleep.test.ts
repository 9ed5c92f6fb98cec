import { describe, expect, it, vi } from 'vitest';
import { english } from '../../tests/support/components/english';
import { ReaderSleep, type ReaderSleepOptions } from './reader-sleep';
import { SLEEP_AT_ARTICLE_END, type SleepTimerClock } from './sleep-timer';

function fakeClock(start = 1_000_000) {
  let now = start;
  const ticks = new Set<() => void>();
  const clock: SleepTimerClock = {
    now: () => now,
    setInterval: (callback) => (ticks.add(callback), callback),
    clearInterval: (handle) => ticks.delete(handle as () => void),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const tick of [...ticks]) tick();
  };
  return { clock, advance, now: () => now };
}

function setup(overrides: Partial<ReaderSleepOptions> = {}) {
  const { clock, advance, now } = fakeClock();
  const said: string[] = [];
  const choices: unknown[] = [];
  const stop = vi.fn();
  const onArticleEnd = vi.fn();
  const sleep = new ReaderSleep({
    t: english, announce: (text) => said.push(text), stop, onChoice: (choice) => choices.push(choice), onArticleEnd, clock, ...overrides,
  });
  return { sleep, said, choices, stop, onArticleEnd, advance, now };
}

describe('ReaderSleep', () => {
  it('says what it was set to, warns a minute before and stops reading when time is up', () => {
    const { sleep, said, choices, stop, advance } = setup();
    sleep.set(15);
    expect(said).toEqual(['Reading stops in 15 minutes.']);
    advance(14 * 60_000 + 1);
    expect(said).toHaveLength(2);
    expect(stop).not.toHaveBeenCalled();
    advance(60_000);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(choices).toEqual([15, null]);
    expect(sleep.choice).toBeNull();
    expect(said).toHaveLength(3);
  });

  it('hands the queue the end of the article: go on, unless it was set to stop there', () => {
    const { sleep, onArticleEnd, stop } = setup();
    expect(sleep.articleEnded()).toBe(false);
    expect(onArticleEnd).toHaveBeenLastCalledWith(false);
    sleep.set(SLEEP_AT_ARTICLE_END);
    expect(sleep.carry).toBeNull(); // the next article does not inherit "this article's end"
    expect(sleep.articleEnded()).toBe(true);
    expect(onArticleEnd).toHaveBeenLastCalledWith(true);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('carries a minutes timer to the next article with the same deadline, and one that ran out on the way stops at once', () => {
    const first = setup();
    first.sleep.set(30);
    const carry = first.sleep.carry;
    expect(carry).toEqual({ choice: 30, deadline: first.now() + 30 * 60_000 });
    const next = setup({ from: carry });
    expect(next.sleep.choice).toBe(30);
    expect(next.sleep.carry).toEqual(carry);
    expect(next.said).toEqual([]); // going on is not news

    const late = setup({ from: { choice: 15, deadline: 0 } });
    expect(late.sleep.choice).toBeNull();
    expect(late.stop).toHaveBeenCalledTimes(1);
    expect(late.said).toEqual([english('readerSleepStopped')]);
  });

  it('is silent about cancel() (the reader closing) but says a cancel the user chose', () => {
    const { sleep, said } = setup();
    sleep.set(60);
    sleep.cancel();
    expect(sleep.choice).toBeNull();
    expect(said).toHaveLength(1);
    sleep.set(null);
    expect(said[1]).toBe(english('readerSleepCancelled'));
  });
});
