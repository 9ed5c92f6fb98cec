/**
 * The stepwise runner: every step runs when nothing stops it, the pipeline stops at the first pause that says so
 * (its later steps never run), and a step's error reaches the caller.
 */
import { describe, expect, it } from 'vitest';
import { extractFromMarkup, extractFromMarkupSteps } from './extract-markup';
import { nextTask, runStepwise } from './run-steps';
import { JSDOM } from 'jsdom';

function* counted(log: string[]): Generator<string, string, void> {
  for (const step of ['a', 'b', 'c']) {
    log.push(step);
    yield step;
  }
  log.push('end');
  return 'value';
}

describe('runStepwise', () => {
  it('runs every step, pausing after each, and returns the value', async () => {
    const log: string[] = [];
    const pauses: string[] = [];
    const outcome = await runStepwise(counted(log), async (after) => (pauses.push(after), true));
    expect(outcome).toEqual({ done: true, value: 'value' });
    expect(log).toEqual(['a', 'b', 'c', 'end']);
    expect(pauses).toEqual(['a', 'b', 'c']);
  });

  it('stops at the first pause that says so: the later steps never run', async () => {
    const log: string[] = [];
    let cleanedUp = false;
    function* steps(): Generator<string, string, void> {
      try {
        return yield* counted(log);
      } finally {
        cleanedUp = true;
      }
    }
    const outcome = await runStepwise(steps(), async (after) => after !== 'b');
    expect(outcome).toEqual({ done: false, stoppedAfter: 'b' });
    expect(log).toEqual(['a', 'b']);
    expect(cleanedUp).toBe(true);
  });

  it('lets a step error through to the caller', async () => {
    function* failing(): Generator<string, string, void> {
      yield 'a';
      throw new RangeError('too deep');
    }
    await expect(runStepwise(failing(), async () => true)).rejects.toThrow(RangeError);
  });

  it('lets other tasks run at each pause', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('other task'), 0);
    await runStepwise(counted(log), async () => {
      // Several pauses, so the timer (a macrotask) has had its turn by the end.
      await nextTask();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return true;
    });
    expect(log.indexOf('other task')).toBeGreaterThan(0);
    expect(log.indexOf('other task')).toBeLessThan(log.indexOf('end'));
  });

  it('gives the same article stepwise as in one task', async () => {
    const win = new JSDOM('').window;
    const prose = 'The harbour committee met on Tuesday and agreed that the work on the new pier should begin in spring. ';
    const page = {
      html: `<!doctype html><html lang="en"><head><title>Pier</title></head><body><article><h1>Pier</h1>${`<p>${prose.repeat(3)}</p>`.repeat(6)}<p>Advertisement</p></article></body></html>`,
      url: 'https://e.example/pier',
      baseUrl: 'https://e.example/pier',
      isHtml: true,
    };
    const stages: string[] = [];
    const outcome = await runStepwise(extractFromMarkupSteps(page, win as never), async (after) => (stages.push(after), true));
    expect(outcome.done).toBe(true);
    const whole = extractFromMarkup(page, win as never);
    expect(whole.kind).toBe('article');
    expect(outcome.done && outcome.value).toEqual(whole);
    expect(stages).toEqual(['parse', 'limits', 'clone', 'readability', 'declutter', 'sanitize', 'blocks']);
  });
});
