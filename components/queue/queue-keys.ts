/**
 * What a key means on an article in the queue's list (focus is on its title
 * button). Pure, like the reader's key-commands.ts: the panel asks, the queue
 * player acts. Alt+arrows move the article (the arrows alone move focus, as in
 * a list), Delete removes it, L marks it listened or not. Enter and Space are
 * the button's own: they read the article.
 */
import type { KeyLike } from '../reader/key-commands';

export type QueueKeyAction =
  | { kind: 'move'; direction: -1 | 1 }
  | { kind: 'focus'; to: 'previous' | 'next' | 'first' | 'last' }
  | { kind: 'remove' }
  | { kind: 'toggle-listened' };

export function queueKeyAction(event: KeyLike): QueueKeyAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  const arrow = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
  if (event.altKey) return arrow && !event.shiftKey ? { kind: 'move', direction: arrow } : null;
  if (event.shiftKey && event.key !== 'L') return null;
  if (arrow) return { kind: 'focus', to: arrow === -1 ? 'previous' : 'next' };
  switch (event.key) {
    case 'Home':
      return { kind: 'focus', to: 'first' };
    case 'End':
      return { kind: 'focus', to: 'last' };
    case 'Delete':
      return { kind: 'remove' };
    case 'l':
    case 'L':
      return { kind: 'toggle-listened' };
    default:
      return null;
  }
}

/** Article moves in the panel outside the list: Alt+Shift+N and Alt+Shift+P (by physical key, like the reader's chords). */
export function articleStepForKey(event: KeyLike): -1 | 1 | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return event.code === 'KeyN' ? 1 : event.code === 'KeyP' ? -1 : null;
}
