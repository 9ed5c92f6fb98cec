/**
 * The side panel: the queue's list, then the article being read with the
 * reader's own player bar, article view and notices, and two polite live
 * regions (the queue's news, the reader model's). Keys: the list's own on a
 * title (queue-keys.ts), Alt+Shift+N / P between articles, and everywhere
 * else the reader's keys, run through the same commands as in the reader.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ArticleScroller } from '../ArticleScroller';
import { appearanceStyle, type ShellAppearance } from '../appearance/appearance-style';
import { BackToSpoken } from '../BackToSpoken';
import { Icon } from '../Icon';
import type { Translate } from '../i18n/messages';
import { PlayerBar } from '../PlayerBar';
import type { ReaderModel } from '../reader/reader-model';
import { useReaderState } from '../reader/use-reader-state';
import { ShortcutHelp } from '../ShortcutHelp';
import { useCompactScreen } from '../use-compact-screen';
import type { QueuePlayer, QueuePlayerState } from './queue-player';
import { QueueList } from './QueueList';
import { useQueueKeys } from './use-queue-keys';

export interface QueuePanelProps {
  t: Translate;
  player: QueuePlayer;
  /** The look before an article is open (the reader's saved appearance); the open article's model has its own. */
  appearance: ShellAppearance;
  uiLang?: string;
  uiDir?: 'ltr' | 'rtl';
}

export function QueuePanel({ t, player, appearance, uiLang, uiDir }: QueuePanelProps) {
  const state = usePlayerState(player);
  const rootRef = useRef<HTMLDivElement>(null);
  const model = state.session?.model ?? null;
  useQueueKeys(() => rootRef.current, player, model);
  const listFocus = useKeptListFocus(model);
  return (
    <div
      ref={rootRef}
      onFocusIn={(event) => (listFocus.current = event.target instanceof HTMLElement && event.target.closest('.lector-queue') ? event.target : null)}
      class="lector-dialog lector-queue-panel"
      lang={uiLang}
      dir={uiDir}
      data-theme={(model?.state.appearance ?? appearance).theme}
      style={appearanceStyle(model?.state.appearance ?? appearance)}
    >
      <QueueList t={t} player={player} entries={state.entries} currentId={state.currentId} />
      {model ? (
        <NowReading key={state.currentId ?? ''} t={t} player={player} model={model} />
      ) : (
        <p class="lector-queue-idle">{state.loaded && state.entries.length > 0 ? t('queueNothingPlaying') : null}</p>
      )}
      <p class="lector-visually-hidden" role="status" aria-live="polite">
        <span key={state.announcementId}>{state.announcement}</span>
      </p>
    </div>
  );
}

function NowReading({ t, player, model }: { t: Translate; player: QueuePlayer; model: ReaderModel }) {
  const state = useReaderState(model);
  const scrollerRef = useRef<HTMLDivElement>(null);
  useCompactScreen(model, () => scrollerRef.current);
  const step = (direction: -1 | 1, label: 'queuePreviousArticle' | 'queueNextArticle', keys: string) => (
    <button
      type="button"
      class="lector-button lector-icon-button lector-queue-step"
      aria-label={t(label)}
      title={t(label)}
      aria-keyshortcuts={keys}
      onClick={() => void player.nextArticle(direction)}
    >
      <Icon name={direction === 1 ? 'articleForward' : 'articleBack'} />
    </button>
  );
  return (
    <section class="lector-queue-now" aria-labelledby="lector-title">
      <div class="lector-bar" data-more-open={state.menuOpen && state.compact ? '' : undefined}>
        <PlayerBar model={model} narrator={state.narrator} article={model.article} />
        <div class="lector-queue-steps" role="group" aria-label={t('readerOpenQueue')}>
          {step(-1, 'queuePreviousArticle', 'Alt+Shift+P')}
          {step(1, 'queueNextArticle', 'Alt+Shift+N')}
        </div>
      </div>
      <div class="lector-body">
        <ArticleScroller model={model} state={state} startBlock={null} scrollerRef={scrollerRef} />
      </div>
      <BackToSpoken model={model} state={state} />
      <ShortcutHelp t={t} open={state.helpOpen} onClose={() => model.setHelpOpen(false)} />
      <p class="lector-visually-hidden" role="status" aria-live="polite">
        <span key={state.announcementId}>{state.announcement}</span>
      </p>
    </section>
  );
}

/**
 * The article view focuses its title when it opens, as the reader does. In the panel, a next article opening while
 * the user is in the list (the queue going on, a key on a title) must not pull focus out of it: give it back. Runs
 * after the article view's own layout effect (a parent's run after its children's).
 */
function useKeptListFocus(model: ReaderModel | null) {
  const listFocus = useRef<HTMLElement | null>(null);
  const seenModel = useRef(model);
  const toRestore = useRef<HTMLElement | null>(null);
  // Noted while rendering, before the article view's focus moves it (and focusin forgets it).
  if (seenModel.current !== model) {
    seenModel.current = model;
    toRestore.current = listFocus.current;
  }
  useLayoutEffect(() => {
    const kept = toRestore.current;
    toRestore.current = null;
    if (kept?.isConnected && kept.ownerDocument.activeElement !== kept) kept.focus({ preventScroll: true });
  }, [model]);
  return listFocus;
}

function usePlayerState(player: QueuePlayer): QueuePlayerState {
  const [state, setState] = useState(player.state);
  useLayoutEffect(() => {
    setState(player.state);
    return player.subscribe(() => setState(player.state));
  }, [player]);
  useEffect(() => () => player.dispose(), [player]);
  return state;
}
