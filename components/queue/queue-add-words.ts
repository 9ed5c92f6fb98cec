/** What adding a page to the listening queue came to, in the user's words (the engine returns codes only). */
import type { QueueAddOutcome } from '@/messaging/protocol';
import type { Translate } from '../i18n/messages';

export function queueAddWords(t: Translate, outcome: QueueAddOutcome): string {
  switch (outcome.kind) {
    case 'added':
      return t('queueAddedStatus', [outcome.title, String(outcome.count)]);
    case 'already-queued':
      return t('queueAlreadyStatus', [outcome.title]);
    case 'queue-full':
      return outcome.limit === 'articles' ? t('queueFullArticles', [String(outcome.max)]) : t('queueFullBytes');
    case 'failed':
      return t('queueAddFailed');
    case 'no-article':
    case 'unavailable':
      return t('queueNoArticle');
  }
}
