/**
 * No article found: why, in words, and what can be read instead (the selection, the first part of a page
 * too large to read whole, or the whole page's text).
 */
import type { NoArticle } from '../core/model';
import { READER_TITLE_ID } from './ArticleView';
import { noArticleReason } from './i18n/extraction-words';
import type { Translate } from './i18n/messages';

export interface NoArticleViewProps {
  t: Translate;
  result: NoArticle;
  /** Null when nothing was selected on the page. */
  onReadSelection: (() => void) | null;
  /** Null when the page has no text at all. */
  onReadPage: (() => void) | null;
  /** Offered on a page too large (`too-large`) or too slow (`frame-timeout`) to read whole; absent or null otherwise. */
  onReadFirstPart?: (() => void) | null;
}

export function NoArticleView({ t, result, onReadSelection, onReadPage, onReadFirstPart = null }: NoArticleViewProps) {
  return (
    <div class="lector-page">
      <div class="lector-header">
        <h1 id={READER_TITLE_ID} class="lector-title" tabIndex={-1}>
          {t('readerNoArticleTitle')}
        </h1>
      </div>
      <p class="lector-reason">{noArticleReason(t, result)}</p>
      {onReadSelection || onReadPage || onReadFirstPart ? (
        <div class="lector-offers">
          <p>{t('readerNoArticleOffer')}</p>
          {onReadSelection ? (
            <button type="button" class="lector-button" onClick={onReadSelection}>
              {t('readerReadSelection')}
            </button>
          ) : null}
          {onReadFirstPart ? (
            <button type="button" class="lector-button" onClick={onReadFirstPart}>
              {t('readerReadFirstPart')}
            </button>
          ) : null}
          {onReadPage ? (
            <button type="button" class="lector-button" onClick={onReadPage}>
              {t('readerReadWholePage')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
