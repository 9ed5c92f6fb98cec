/** The shortcut list, in a modal dialog above the reader ("?" opens it, Escape closes it). */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from './i18n/messages';
import { ShortcutTable } from './ShortcutTable';

export interface ShortcutHelpProps {
  t: Translate;
  open: boolean;
  onClose: () => void;
}

export const HELP_TITLE_ID = 'lector-help-title';

export function ShortcutHelp({ t, open, onClose }: ShortcutHelpProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="lector-help"
      aria-labelledby={HELP_TITLE_ID}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={HELP_TITLE_ID} class="lector-panel-title">
        {t('optionsShortcutsHeading')}
      </h2>
      <p>{t('readerShortcutsBrowseMode')}</p>
      <ShortcutTable t={t} class="lector-shortcuts" />
      <button type="button" class="lector-button" onClick={onClose}>
        {t('readerClose')}
      </button>
    </dialog>
  );
}
