/**
 * The listening queue from the page: "Add page to listening queue" (the
 * background's request, from a menu or the command) and the reader's own two
 * buttons. The article is the one the reader shows, or the same extraction run
 * now, while the user's click or key grants access to the page; it is stored
 * whole, so the panel never fetches anything.
 */
import type { Translate } from '@/components/i18n/messages';
import { queueAddWords } from '@/components/queue/queue-add-words';
import type { ReaderQueueActions } from '@/components/queue/reader-queue-actions';
import type { Article, ExtractResult } from '@/core/model';
import type { QueueAddOutcome } from '@/messaging/protocol';
import { sendRuntimeMessage } from '@/messaging/send-message';
import { addToQueue } from '@/settings/listening-queue';

export async function queueArticle(article: Article): Promise<QueueAddOutcome> {
  const stored = await addToQueue(article);
  switch (stored.kind) {
    case 'added':
      return { kind: 'added', title: stored.entry.title, count: stored.count };
    case 'already-queued':
      return { kind: 'already-queued', title: stored.entry.title };
    default:
      return stored;
  }
}

/** The background's request: extract (or take the open reader's article), store, and say how it went. */
export async function queuePage(
  extract: () => Promise<ExtractResult>,
  t: Translate,
  say: (text: string) => void,
): Promise<QueueAddOutcome> {
  const result = await extract();
  const outcome: QueueAddOutcome = result.kind === 'article' ? await queueArticle(result) : { kind: 'no-article', code: result.code };
  say(queueAddWords(t, outcome));
  return outcome;
}

/** The reader's "Add to queue" and "Listening queue" buttons for `article`. */
export function readerQueueActions(article: Article, t: Translate, say: (text: string) => void): ReaderQueueActions {
  return {
    add: () => void queueArticle(article).then((outcome) => say(queueAddWords(t, outcome))),
    openPanel: () =>
      void sendRuntimeMessage({ type: 'lector:open-panel' }).then(
        (opened) => opened || say(t('queuePanelNotOpened')),
        () => say(t('queuePanelNotOpened')),
      ),
  };
}
