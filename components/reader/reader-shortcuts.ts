/**
 * The keys the reader answers to, listed once for every place that documents
 * them (the reader's own help, the options page, the welcome page). The last
 * key of an entry is its Alt+Shift chord where it has one: screen readers in
 * browse mode keep single keys and arrows for themselves, chords reach the reader.
 * The reader's behaviour is in components/reader/key-commands.ts.
 */
import type { MessageKey } from '../i18n/translate';

export interface ReaderShortcut {
  /** Key names as printed on keyboards; any one of them works. */
  keys: string[];
  action: MessageKey;
}

export const READER_SHORTCUTS: ReaderShortcut[] = [
  { keys: ['Space', 'K', 'Alt+Shift+K'], action: 'shortcutPlayPause' },
  { keys: ['→', '←', 'Alt+Shift+.', 'Alt+Shift+,'], action: 'shortcutSentence' },
  { keys: ['Ctrl+→', 'Ctrl+←', 'Alt+Shift+]', 'Alt+Shift+['], action: 'shortcutParagraph' },
  { keys: ['H', 'Shift+H', 'Alt+Shift+H', 'Alt+Shift+G'], action: 'shortcutHeading' },
  { keys: ['1 … 6', 'Shift+1 … 6', 'Alt+Shift+1 … 6'], action: 'shortcutHeadingLevel' },
  { keys: ['O', 'Alt+Shift+O'], action: 'shortcutContents' },
  { keys: ['?', 'Alt+Shift+/'], action: 'shortcutHelp' },
  { keys: ['Esc'], action: 'shortcutCloseReader' },
  { keys: ['Tab', 'Shift+Tab'], action: 'shortcutMoveFocus' },
  { keys: ['↑', '↓', 'Page Up', 'Page Down'], action: 'shortcutScroll' },
];
