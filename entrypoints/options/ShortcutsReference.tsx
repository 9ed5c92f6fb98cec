import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ShortcutTable } from '@/components/ShortcutTable';
import { t } from '@/components/i18n/translate';
import { TOGGLE_COMMAND } from '@/messaging/protocol';

/** The browser's own shortcut for opening the reader, as the user set it (may be unset). */
export function useToggleShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      const command = commands.find((candidate) => candidate.name === TOGGLE_COMMAND);
      setShortcut(command?.shortcut ? command.shortcut : null);
    });
  }, []);
  return shortcut;
}

export function ShortcutsReference() {
  const shortcut = useToggleShortcut();
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <ShortcutTable t={t}>
        <tr>
          <td>{shortcut ? <kbd>{shortcut}</kbd> : t('optionsShortcutNotSet')}</td>
          <td>{t('commandToggleReader')}</td>
        </tr>
      </ShortcutTable>
      <p class="muted">{t('optionsShortcutChange')}</p>
    </section>
  );
}
