/**
 * What a key press means in the reader. Pure: the keyboard guard asks, the
 * reader model acts. Single keys follow screen-reader and media-player habits
 * (H, 1–6, Space, K, arrows); every action also has an Alt+Shift chord, because
 * a screen reader in browse mode keeps single keys (and arrows) for itself.
 */
import type { Direction } from './heading-navigation';

export type ReaderCommand =
  | { kind: 'toggle-play' }
  | { kind: 'move'; unit: 'sentence' | 'paragraph'; direction: Direction }
  | { kind: 'heading'; direction: Direction; level?: number }
  | { kind: 'contents' }
  | { kind: 'help' }
  | { kind: 'close' };

export interface KeyLike {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * What the focused element does with keys itself: `text` takes letters and
 * arrows (text fields, selects), `adjustable` takes arrows and Space (sliders,
 * radio buttons), `pressable` takes Space and Enter (buttons, links).
 */
export type FocusRole = 'text' | 'adjustable' | 'pressable' | 'none';

/** Alt+Shift chords by physical key (`code`), so they work whatever the layout prints on the key. */
const CHORDS: Record<string, ReaderCommand> = {
  KeyK: { kind: 'toggle-play' },
  Period: { kind: 'move', unit: 'sentence', direction: 1 },
  Comma: { kind: 'move', unit: 'sentence', direction: -1 },
  BracketRight: { kind: 'move', unit: 'paragraph', direction: 1 },
  BracketLeft: { kind: 'move', unit: 'paragraph', direction: -1 },
  KeyH: { kind: 'heading', direction: 1 },
  KeyG: { kind: 'heading', direction: -1 },
  KeyO: { kind: 'contents' },
  Slash: { kind: 'help' },
};

export function commandForKey(event: KeyLike, focus: FocusRole): ReaderCommand | null {
  if (event.key === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey) return { kind: 'close' };
  if (event.metaKey) return null;
  const level = /^Digit([1-6])$/.exec(event.code)?.[1];
  if (event.altKey) {
    if (!event.shiftKey || event.ctrlKey) return null;
    if (level) return { kind: 'heading', direction: 1, level: Number(level) };
    return CHORDS[event.code] ?? null;
  }
  const arrow = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (event.ctrlKey) {
    return arrow && !event.shiftKey && focus !== 'text' ? { kind: 'move', unit: 'paragraph', direction: arrow } : null;
  }
  if (arrow) return event.shiftKey || focus === 'text' || focus === 'adjustable' ? null : { kind: 'move', unit: 'sentence', direction: arrow };
  if (event.key === ' ') return focus === 'none' ? { kind: 'toggle-play' } : null;
  if (focus === 'text') return null;
  if (level) return { kind: 'heading', direction: event.shiftKey ? -1 : 1, level: Number(level) };
  switch (event.key) {
    case 'k':
    case 'K':
      return event.shiftKey ? null : { kind: 'toggle-play' };
    case 'h':
    case 'H':
      return { kind: 'heading', direction: event.shiftKey ? -1 : 1 };
    case 'o':
      return { kind: 'contents' };
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}

/** How the focused element uses keys (see `FocusRole`). */
export function focusRoleOf(element: Element | null): FocusRole {
  if (!element) return 'none';
  const tag = element.localName;
  if (tag === 'textarea' || tag === 'select' || (element as HTMLElement).isContentEditable) return 'text';
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    if (type === 'range' || type === 'radio') return 'adjustable';
    return type === 'checkbox' || type === 'button' || type === 'submit' || type === 'reset' ? 'pressable' : 'text';
  }
  if (tag === 'button' || tag === 'summary' || (tag === 'a' && element.hasAttribute('href'))) return 'pressable';
  return 'none';
}
