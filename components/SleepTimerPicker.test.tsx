// @vitest-environment jsdom
import '../tests/support/components/fake-chrome';
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, live, renderReader } from '../tests/support/components/render-reader';
import { SLEEP_WARNING_MS } from './reader/sleep-timer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const sleepMenu = () => screen.getByRole('combobox', { name: 'Sleep timer', hidden: true }) as HTMLSelectElement;

describe('the sleep timer', () => {
  it('stops reading when its time is up, after saying so a minute before', () => {
    const { narrator } = renderReader();
    fireEvent.click(button('Play'));
    expect([...sleepMenu().options].map((option) => option.textContent)).toEqual([
      'Off',
      'At the end of this article',
      'Stop after 15 min',
      'Stop after 30 min',
      'Stop after 60 min',
    ]);
    fireEvent.change(sleepMenu(), { target: { value: '15' } });
    expect(live()).toBe('Reading stops in 15 minutes.');
    act(() => {
      vi.advanceTimersByTime(15 * 60_000 - SLEEP_WARNING_MS);
    });
    expect(live()).toBe('Reading stops in one minute (sleep timer).');
    expect(narrator!.calls).toEqual(['play']);
    act(() => {
      vi.advanceTimersByTime(SLEEP_WARNING_MS);
    });
    expect(narrator!.calls).toEqual(['play', 'pause']);
    expect(live()).toBe('Sleep timer: reading stopped.');
    expect(button('Play')).toBeTruthy();
    expect(sleepMenu().value).toBe('');
  });

  it('can be turned off before it stops anything', () => {
    const { narrator } = renderReader();
    fireEvent.click(button('Play'));
    fireEvent.change(sleepMenu(), { target: { value: '30' } });
    fireEvent.change(sleepMenu(), { target: { value: '' } });
    expect(live()).toBe('Sleep timer off.');
    act(() => {
      vi.advanceTimersByTime(120 * 60_000);
    });
    expect(narrator!.calls).toEqual(['play']);
  });

  it('stops at the end of the article when set to, warning when a minute of it is left', () => {
    const { narrator } = renderReader();
    fireEvent.click(button('Play'));
    fireEvent.change(sleepMenu(), { target: { value: 'article-end' } });
    expect(live()).toBe('Reading stops at the end of this article.');
    expect(sleepMenu().value).toBe('article-end');
    // No clock: however long the article takes, the timer waits for its end.
    act(() => {
      vi.advanceTimersByTime(120 * 60_000);
    });
    expect(live()).toBe('Reading stops at the end of this article.');
    act(() => narrator!.set({ progress: { ...narrator!.state.progress, secondsRemaining: 75 } }));
    expect(live()).toBe('Reading stops at the end of this article.');
    act(() => narrator!.set({ progress: { ...narrator!.state.progress, secondsRemaining: 55 } }));
    expect(live()).toBe('Reading stops in one minute (sleep timer).');
    act(() => narrator!.set({ status: 'ended' }));
    expect(live()).toBe('Sleep timer: reading stopped.');
    expect(sleepMenu().value).toBe('');
    expect(narrator!.calls).toEqual(['play']);
  });
});
