/**
 * The reader's two listening-queue buttons: add the article on screen, open the
 * side panel. Behind "More" on a compact screen, like the other view controls.
 */
import type { Translate } from '../i18n/messages';
import type { ReaderQueueActions } from './reader-queue-actions';

export function ReaderQueueButtons({ t, actions }: { t: Translate; actions: ReaderQueueActions }) {
  return (
    <>
      <button type="button" class="lector-button lector-secondary lector-queue-add" onClick={() => actions.add()}>
        {t('readerAddToQueue')}
      </button>
      <button type="button" class="lector-button lector-secondary lector-queue-open" onClick={() => actions.openPanel()}>
        {t('readerOpenQueue')}
      </button>
    </>
  );
}
