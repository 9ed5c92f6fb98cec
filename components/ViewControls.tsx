/**
 * Contents, Display, Shortcuts and Close: the controls for the reader itself.
 * Close stays in the compact bar's first row; the others are behind "More".
 * `data-opens` names what a button opens, for focus to return to it.
 */
import { Icon, type IconName } from './Icon';
import type { ReaderModel } from './reader/reader-model';
import type { ReaderModelState } from './reader/reader-model-state';
import type { MessageKey } from './i18n/translate';
import { ReaderQueueButtons } from './queue/ReaderQueueButtons';

export interface ViewControlsProps {
  model: ReaderModel;
  state: ReaderModelState;
}

export function ViewControls({ model, state }: ViewControlsProps) {
  const { t } = model;
  const toggle = (icon: IconName, label: MessageKey, open: boolean, controls: string, onClick: () => void, keys: string) => (
    <button
      type="button"
      class="lector-button lector-toggle lector-secondary"
      aria-expanded={open}
      data-opens={controls}
      // Only while the panel exists: a reference to a missing id is an error.
      aria-controls={open ? controls : undefined}
      aria-keyshortcuts={keys || undefined}
      onClick={onClick}
    >
      <Icon name={icon} />
      <span>{t(label)}</span>
    </button>
  );
  return (
    <div class="lector-view-controls">
      {toggle('contents', 'readerContents', state.contentsOpen, 'lector-contents', () => model.toggleContents(), 'O Alt+Shift+O')}
      {toggle('display', 'readerDisplay', state.displayOpen, 'lector-display', () => model.toggleDisplay(), '')}
      <button
        type="button"
        class="lector-button lector-icon-button lector-secondary"
        data-opens="lector-help"
        aria-label={t('optionsShortcutsHeading')}
        title={t('optionsShortcutsHeading')}
        aria-keyshortcuts="? Alt+Shift+Slash"
        onClick={() => model.setHelpOpen(true)}
      >
        <Icon name="keyboard" />
      </button>
      {model.queue ? <ReaderQueueButtons t={t} actions={model.queue} /> : null}
      <button type="button" class="lector-button lector-close" aria-keyshortcuts="Escape" onClick={() => model.close()}>
        {t('readerClose')}
      </button>
    </div>
  );
}
