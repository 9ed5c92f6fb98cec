/**
 * The queue as a list: its count, then each article's title (a button that
 * reads it), site and reading time, whether it was listened to or is being
 * read, and its own buttons (up, down, listened, remove). The keys on a
 * title (queue-keys.ts) do the same without leaving it; the panel handles them.
 */
import type { QueueEntry } from '../../settings/listening-queue';
import { ConfirmButton } from '../ConfirmButton';
import type { Translate } from '../i18n/messages';
import type { QueuePlayer } from './queue-player';

export const QUEUE_LIST_ID = 'lector-queue-list';
export const QUEUE_HEADING_ID = 'lector-queue-heading';

export interface QueueListProps {
  t: Translate;
  player: QueuePlayer;
  entries: QueueEntry[];
  currentId: string | null;
}

/** The title button of entry `id`, for focus to return to after a change (compared, not put in a selector). */
export function titleButton(root: ParentNode, id: string): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>('[data-queue-title]')].find((title) => title.dataset.queueTitle === id) ?? null;
}

export function QueueList({ t, player, entries, currentId }: QueueListProps) {
  const anyListened = entries.some((entry) => entry.listened);
  return (
    <section class="lector-queue" aria-labelledby={QUEUE_HEADING_ID}>
      <h2 id={QUEUE_HEADING_ID} class="lector-queue-heading" tabIndex={-1}>
        {t('queueListLabel')}
      </h2>
      <p class="lector-queue-count">{t('queueCountStatus', [String(entries.length)])}</p>
      {entries.length === 0 ? (
        <p class="lector-queue-empty">{t('queueEmpty')}</p>
      ) : (
        <>
          <p class="lector-queue-hint" id="lector-queue-hint">
            {t('queueKeysHint')}
          </p>
          <ol id={QUEUE_LIST_ID} class="lector-queue-list" aria-labelledby={QUEUE_HEADING_ID}>
            {entries.map((entry, index) => (
              <QueueItem key={entry.id} t={t} player={player} entry={entry} index={index} count={entries.length} current={entry.id === currentId} />
            ))}
          </ol>
          <div class="lector-queue-list-actions">
            {anyListened ? (
              <button type="button" class="lector-button lector-queue-clear" onClick={() => void player.clearListened()}>
                {t('queueClearListened')}
              </button>
            ) : null}
            <ConfirmButton
              id="lector-queue-remove-all"
              buttonClass="lector-button"
              label={t('queueRemoveAll')}
              question={t('queueRemoveAllQuestion', [String(entries.length)])}
              confirmLabel={t('queueRemoveAllConfirm')}
              cancelLabel={t('confirmCancel')}
              onConfirm={async () => {
                await player.removeAll();
                // The list (and the button) are gone: the heading keeps focus in the panel.
                document.getElementById(QUEUE_HEADING_ID)?.focus();
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}

interface QueueItemProps {
  t: Translate;
  player: QueuePlayer;
  entry: QueueEntry;
  index: number;
  count: number;
  current: boolean;
}

function QueueItem({ t, player, entry, index, count, current }: QueueItemProps) {
  const minutes = t('readerReadingTime', [String(Math.max(1, Math.round(entry.readingMinutes)))]);
  const detailsId = `lector-queue-details-${index}`;
  return (
    <li class="lector-queue-item" data-listened={entry.listened ? '' : undefined} data-current={current ? '' : undefined}>
      <button
        type="button"
        class="lector-queue-title"
        data-queue-title={entry.id}
        aria-current={current ? 'true' : undefined}
        aria-describedby={`${detailsId} lector-queue-hint`}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Delete L"
        onClick={() => void player.play(entry.id)}
      >
        {entry.title}
      </button>
      <p class="lector-queue-details" id={detailsId}>
        {[entry.siteName, minutes, entry.listened ? t('queueListened') : null, current ? t('queuePlaying') : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="lector-queue-actions" role="group" aria-label={entry.title}>
        <button type="button" class="lector-button" disabled={index === 0} onClick={() => void player.move(entry.id, -1)}>
          {t('queueMoveUp')}
        </button>
        <button type="button" class="lector-button" disabled={index === count - 1} onClick={() => void player.move(entry.id, 1)}>
          {t('queueMoveDown')}
        </button>
        <button type="button" class="lector-button" aria-pressed={entry.listened} onClick={() => void player.setListened(entry.id, !entry.listened)}>
          {t('queueMarkListened')}
        </button>
        <button type="button" class="lector-button" onClick={() => void player.remove(entry.id)}>
          {t('queueRemove')}
        </button>
      </div>
    </li>
  );
}
