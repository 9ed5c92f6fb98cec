import type { ComponentChildren } from 'preact';
import type { MessageKey } from './shell/translate';
import { READER_SHORTCUTS } from './shell/reader-shortcuts';

interface ShortcutRowsProps {
  t: (key: MessageKey) => string;
}

/** One table row per reader shortcut; the reader's help and the options page both list them. */
export function ShortcutRows({ t }: ShortcutRowsProps) {
  return (
    <>
      {READER_SHORTCUTS.map((entry) => (
        <tr key={entry.action}>
          <td>
            {entry.keys.map((key, i) => (
              <span key={key}>
                {i > 0 ? ', ' : ''}
                <kbd>{key}</kbd>
              </span>
            ))}
          </td>
          <td>{t(entry.action)}</td>
        </tr>
      ))}
    </>
  );
}

interface ShortcutTableProps extends ShortcutRowsProps {
  class?: string;
  /** Rows listed before the reader's own (the options page puts the browser-wide shortcut first). */
  children?: ComponentChildren;
}

/** Keys and what they do, as a table with column headers (screen readers read each key with its action). */
export function ShortcutTable({ t, class: className, children }: ShortcutTableProps) {
  return (
    <table class={className}>
      <thead>
        <tr>
          <th scope="col">{t('optionsShortcutKeys')}</th>
          <th scope="col">{t('optionsShortcutAction')}</th>
        </tr>
      </thead>
      <tbody>
        {children}
        <ShortcutRows t={t} />
      </tbody>
    </table>
  );
}
