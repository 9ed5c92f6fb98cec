import type { MessageKey } from './i18n/translate';
import { READER_SHORTCUTS } from './reader/reader-shortcuts';

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
