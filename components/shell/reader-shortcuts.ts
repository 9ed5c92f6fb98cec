/**
 * The keys the reader answers to, listed once for every place that documents
 * them (options page, welcome page, and later the reader's own help).
 */
import type { MessageKey } from './translate';

export interface ReaderShortcut {
  /** Key names as printed on keyboards; any one of them works. */
  keys: string[];
  action: MessageKey;
}

export const READER_SHORTCUTS: ReaderShortcut[] = [
  { keys: ['Esc'], action: 'shortcutCloseReader' },
  { keys: ['Tab', 'Shift+Tab'], action: 'shortcutMoveFocus' },
  { keys: ['↑', '↓', 'Page Up', 'Page Down', 'Space'], action: 'shortcutScroll' },
];
