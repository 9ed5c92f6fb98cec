import { describe, expect, it } from 'vitest';
import { articleStepForKey, queueKeyAction } from './queue-keys';

const key = (key: string, mods: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}, code = '') => ({
  key, code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods,
});

describe('queue keys', () => {
  it('move with Alt+arrows, focus with arrows, Home and End', () => {
    expect(queueKeyAction(key('ArrowUp', { altKey: true }))).toEqual({ kind: 'move', direction: -1 });
    expect(queueKeyAction(key('ArrowDown', { altKey: true }))).toEqual({ kind: 'move', direction: 1 });
    expect(queueKeyAction(key('ArrowDown'))).toEqual({ kind: 'focus', to: 'next' });
    expect(queueKeyAction(key('ArrowUp'))).toEqual({ kind: 'focus', to: 'previous' });
    expect(queueKeyAction(key('Home'))).toEqual({ kind: 'focus', to: 'first' });
    expect(queueKeyAction(key('End'))).toEqual({ kind: 'focus', to: 'last' });
  });

  it('remove with Delete, mark with L, and leave everything else to the browser and the reader', () => {
    expect(queueKeyAction(key('Delete'))).toEqual({ kind: 'remove' });
    expect(queueKeyAction(key('l'))).toEqual({ kind: 'toggle-listened' });
    expect(queueKeyAction(key('L', { shiftKey: true }))).toEqual({ kind: 'toggle-listened' });
    for (const other of [key('Enter'), key(' '), key('k'), key('ArrowLeft'), key('ArrowUp', { ctrlKey: true }), key('ArrowUp', { altKey: true, shiftKey: true }), key('Delete', { metaKey: true }), key('Tab', { shiftKey: true })]) {
      expect(queueKeyAction(other), other.key).toBeNull();
    }
  });

  it('step between articles with Alt+Shift+N and Alt+Shift+P, by physical key', () => {
    expect(articleStepForKey(key('N', { altKey: true, shiftKey: true }, 'KeyN'))).toBe(1);
    expect(articleStepForKey(key('Ṗ', { altKey: true, shiftKey: true }, 'KeyP'))).toBe(-1);
    expect(articleStepForKey(key('n', {}, 'KeyN'))).toBeNull();
    expect(articleStepForKey(key('N', { altKey: true, shiftKey: true, ctrlKey: true }, 'KeyN'))).toBeNull();
  });
});
