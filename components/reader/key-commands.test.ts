// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey, focusRoleOf, type FocusRole, type KeyLike } from './key-commands';

function key(key: string, modifiers: Partial<KeyLike> = {}): KeyLike {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : key;
  return { key, code, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers };
}
const chord = (code: string): KeyLike => ({ key: '?', code, shiftKey: true, ctrlKey: false, altKey: true, metaKey: false });

describe('commandForKey', () => {
  it('maps the screen-reader heading keys', () => {
    expect(commandForKey(key('h'), 'none')).toEqual({ kind: 'heading', direction: 1 });
    expect(commandForKey(key('H', { shiftKey: true }), 'none')).toEqual({ kind: 'heading', direction: -1 });
    expect(commandForKey(key('2'), 'none')).toEqual({ kind: 'heading', direction: 1, level: 2 });
    // Shift+2 types "@" on US keyboards: the physical key still says level 2.
    expect(commandForKey({ ...key('2'), key: '@', shiftKey: true }, 'none')).toEqual({ kind: 'heading', direction: -1, level: 2 });
    expect(commandForKey(key('7'), 'none')).toBeNull();
  });

  it('maps the media keys, leaving Space to a focused button', () => {
    expect(commandForKey(key(' ', { code: 'Space' }), 'none')).toEqual({ kind: 'toggle-play' });
    expect(commandForKey(key(' ', { code: 'Space' }), 'pressable')).toBeNull();
    expect(commandForKey(key('k'), 'pressable')).toEqual({ kind: 'toggle-play' });
    expect(commandForKey(key('ArrowRight'), 'none')).toEqual({ kind: 'move', unit: 'sentence', direction: 1 });
    expect(commandForKey(key('ArrowLeft'), 'pressable')).toEqual({ kind: 'move', unit: 'sentence', direction: -1 });
    expect(commandForKey(key('ArrowRight', { ctrlKey: true }), 'none')).toEqual({ kind: 'move', unit: 'paragraph', direction: 1 });
    expect(commandForKey(key('?', { shiftKey: true, code: 'Slash' }), 'none')).toEqual({ kind: 'help' });
    expect(commandForKey(key('Escape'), 'text')).toEqual({ kind: 'close' });
  });

  it('leaves keys to controls that use them', () => {
    const cases: Array<[KeyLike, FocusRole]> = [
      [key('ArrowRight'), 'adjustable'],
      [key('ArrowLeft'), 'text'],
      [key('ArrowRight', { ctrlKey: true }), 'text'],
      [key('h'), 'text'],
      [key('3'), 'text'],
      [key(' ', { code: 'Space' }), 'adjustable'],
      [key('ArrowRight', { shiftKey: true }), 'none'],
      [key('c', { ctrlKey: true }), 'none'],
      [key('h', { metaKey: true }), 'none'],
    ];
    for (const [event, role] of cases) expect(commandForKey(event, role), `${event.key} in ${role}`).toBeNull();
  });

  it('has an Alt+Shift chord for every action, working from any control', () => {
    const expected: Array<[string, unknown]> = [
      ['KeyK', { kind: 'toggle-play' }],
      ['Period', { kind: 'move', unit: 'sentence', direction: 1 }],
      ['Comma', { kind: 'move', unit: 'sentence', direction: -1 }],
      ['BracketRight', { kind: 'move', unit: 'paragraph', direction: 1 }],
      ['BracketLeft', { kind: 'move', unit: 'paragraph', direction: -1 }],
      ['KeyH', { kind: 'heading', direction: 1 }],
      ['KeyG', { kind: 'heading', direction: -1 }],
      ['Digit3', { kind: 'heading', direction: 1, level: 3 }],
      ['KeyO', { kind: 'contents' }],
      ['Slash', { kind: 'help' }],
    ];
    for (const [code, command] of expected) {
      for (const role of ['none', 'text', 'adjustable', 'pressable'] as const) expect(commandForKey(chord(code), role)).toEqual(command);
    }
    expect(commandForKey({ ...chord('KeyK'), shiftKey: false }, 'none')).toBeNull();
    expect(commandForKey({ ...chord('KeyK'), ctrlKey: true }, 'none')).toBeNull();
  });
});

describe('focusRoleOf', () => {
  it('tells what the focused element does with keys', () => {
    document.body.innerHTML = `<button id="b"></button><a id="a" href="#">x</a><a id="plain">x</a><input id="r" type="range">
      <input id="t"><input id="c" type="checkbox"><input id="radio" type="radio"><select id="s"></select><summary id="sum"></summary><p id="p"></p>`;
    const role = (id: string) => focusRoleOf(document.getElementById(id));
    expect([role('b'), role('a'), role('c'), role('sum')]).toEqual(['pressable', 'pressable', 'pressable', 'pressable']);
    expect([role('r'), role('radio')]).toEqual(['adjustable', 'adjustable']);
    expect([role('t'), role('s')]).toEqual(['text', 'text']);
    expect([role('plain'), role('p'), focusRoleOf(null)]).toEqual(['none', 'none', 'none']);
  });
});
