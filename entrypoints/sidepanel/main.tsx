/**
 * The listening queue's side panel (Chrome's side panel, Firefox's sidebar;
 * the e2e build also opens it as a tab). Wiring only: the stored queue, a
 * reader session per article (the same as the reader's in a page), the panel.
 */
import { render } from 'preact';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@/components/styles/reader-shell.css';
import '@/components/styles/reader-controls.css';
import '@/components/styles/reader-layout.css';
import '@/components/styles/reader-article.css';
import '@/components/styles/reader-panels.css';
import '@/components/styles/reader-compact.css';
import '@/components/styles/queue-panel.css';
import { localizeDocument, t, uiLocale } from '@/components/i18n/translate';
import { QueuePanel } from '@/components/queue/QueuePanel';
import { QueuePlayer } from '@/components/queue/queue-player';
import { startSession } from '@/components/reader/reader-session';
import { editQueue, forgetQueue, loadQueue, loadQueuedArticle, watchQueue } from '@/settings/listening-queue';
import { createPreferenceSaver, loadPreferences } from '@/settings/preference-sync';
import { readingPositionKey } from '@/settings/reading-positions';

localizeDocument('queuePanelTitle');

async function main(root: HTMLElement): Promise<void> {
  const preferences = await loadPreferences();
  const saver = createPreferenceSaver(preferences);
  const player = new QueuePlayer({
    t,
    store: { load: loadQueue, article: loadQueuedArticle, edit: editQueue, watch: watchQueue, forget: forgetQueue },
    startSession: (article, entry, hooks) =>
      startSession({
        article,
        preferences,
        saver,
        t,
        // The reader in the page and the panel share the place: either can continue where the other stopped.
        positionKey: entry.url ? readingPositionKey(entry.url) : null,
        offerResume: true,
        resumeFrom: entry.position,
        onPlaceSaved: hooks.onPlaceSaved,
        onArticleEnd: hooks.onArticleEnd,
        sleepFrom: hooks.sleepFrom,
        trackStep: hooks.stepArticle,
        onClose: () => undefined,
      }),
  });
  const ui = uiLocale();
  render(<QueuePanel t={t} player={player} appearance={preferences.appearance} uiLang={ui.lang} uiDir={ui.dir} />, root);
  await player.start();
}

const root = document.getElementById('app');
if (root) void main(root);
