import { ShortcutTable } from '@/components/ShortcutTable';
import { t } from '@/components/i18n/translate';
import { browserHasShortcuts, openShortcutSettings, useToggleShortcut } from '@/components/use-toggle-shortcut';

export function ShortcutsReference() {
  const shortcut = useToggleShortcut();
  // Firefox for Android: the reader's own keys still work with a keyboard; there is no browser shortcut to set.
  const browserShortcuts = browserHasShortcuts();
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <ShortcutTable t={t}>
        {browserShortcuts ? (
          <tr>
            {/* Empty until the browser has said: "Not set" before then would be wrong for most users. */}
            <td>{shortcut ? <kbd>{shortcut}</kbd> : shortcut === null ? t('optionsShortcutNotSet') : ''}</td>
            <td>{t('commandToggleReader')}</td>
          </tr>
        ) : null}
      </ShortcutTable>
      {browserShortcuts ? (
        <>
          <p>
            <button type="button" onClick={() => void openShortcutSettings()}>
              {shortcut === null ? t('shortcutSetButton') : t('shortcutChangeButton')}
            </button>
          </p>
          <p class="muted">{t('optionsShortcutChange')}</p>
        </>
      ) : null}
    </section>
  );
}
