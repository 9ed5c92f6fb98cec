import { ShortcutTable } from '@/components/ShortcutTable';
import { t } from '@/components/i18n/translate';
import { openShortcutSettings, useToggleShortcut } from '@/components/use-toggle-shortcut';

export function ShortcutsReference() {
  const shortcut = useToggleShortcut();
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <ShortcutTable t={t}>
        <tr>
          {/* Empty until the browser has said: "Not set" before then would be wrong for most users. */}
          <td>{shortcut ? <kbd>{shortcut}</kbd> : shortcut === null ? t('optionsShortcutNotSet') : ''}</td>
          <td>{t('commandToggleReader')}</td>
        </tr>
      </ShortcutTable>
      <p>
        <button type="button" onClick={() => void openShortcutSettings()}>
          {shortcut === null ? t('shortcutSetButton') : t('shortcutChangeButton')}
        </button>
      </p>
      <p class="muted">{t('optionsShortcutChange')}</p>
    </section>
  );
}
