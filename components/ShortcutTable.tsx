import type { ComponentChildren } from 'preact';
import { ShortcutRows } from './ShortcutRows';
import type { MessageKey } from './i18n/translate';

interface ShortcutTableProps {
  t: (key: MessageKey) => string;
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
