/** "N items removed": what the clutter rules took out of the article, and why, behind a disclosure. */
import type { Removal } from '../core/model';
import { removalReason } from './i18n/extraction-words';
import type { Translate } from './i18n/messages';

export interface RemovedListProps {
  t: Translate;
  removed: readonly Removal[];
}

export function RemovedList({ t, removed }: RemovedListProps) {
  if (removed.length === 0) return null;
  const count = removed.length === 1 ? t('readerRemovedOne') : t('readerRemovedMany', [String(removed.length)]);
  return (
    <details class="lector-removed">
      <summary>{count}</summary>
      <ul>
        {removed.map((removal, i) => (
          <li key={i}>
            {removal.text ? <q class="lector-removed-text">{shorten(removal.text)}</q> : <em>{t('readerRemovedEmpty')}</em>}
            <span class="lector-removed-reason">{removalReason(t, removal.rule)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A removed comment thread can be pages long; the list only needs to recognise it. */
function shorten(text: string, limit = 160): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}
