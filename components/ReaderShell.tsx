/**
 * The reader dialog: a full-viewport modal with the player and view controls on
 * top, the contents and display panels, the article (or why there is none) and
 * the one polite live region. Rendered by the reader content script inside its
 * shadow root; it renders state and calls the model, deciding nothing itself.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoArticle } from '../core/model';
import { ArticleScroller } from './ArticleScroller';
import { READER_TITLE_ID } from './ArticleView';
import { BackToSpoken } from './BackToSpoken';
import { DisplaySettings } from './DisplaySettings';
import { NoArticleView } from './NoArticleView';
import { Outline } from './Outline';
import { PlayerBar } from './PlayerBar';
import { ReaderDialog } from './ReaderDialog';
import type { Translate } from './i18n/messages';
import type { ReaderModel } from './reader/reader-model';
import { useReaderState } from './reader/use-reader-state';
import { ShortcutHelp } from './ShortcutHelp';
import type { ShellAppearance } from './appearance/appearance-style';
import { useCompactScreen } from './use-compact-screen';
import { ViewControls } from './ViewControls';

export type ReaderContent =
  | { kind: 'article'; model: ReaderModel; startBlock: number | null }
  | {
      kind: 'no-article';
      result: NoArticle;
      appearance: ShellAppearance;
      onReadSelection: (() => void) | null;
      onReadPage: (() => void) | null;
      /** A page too large to read whole: read its first part (entrypoints/reader.content). */
      onReadFirstPart?: (() => void) | null;
    };

export interface ReaderShellProps {
  content: ReaderContent;
  t: Translate;
  /** Language and direction of the browser's UI, for the controls (the article has its own). */
  uiLang?: string;
  uiDir?: 'ltr' | 'rtl';
  onClose: () => void;
}

export function ReaderShell(props: ReaderShellProps) {
  return props.content.kind === 'article' ? (
    <ArticleShell {...props} model={props.content.model} startBlock={props.content.startBlock} />
  ) : (
    <NoArticleShell {...props} content={props.content} />
  );
}

function ArticleShell(props: ReaderShellProps & { model: ReaderModel; startBlock: number | null }) {
  const { model, startBlock, t } = props;
  const state = useReaderState(model);
  const scrollerRef = useRef<HTMLDivElement>(null);
  useCompactScreen(model, () => scrollerRef.current);
  useOpenedAnnouncement(model, t('readerOpenedStatus', [model.article.title]));

  return (
    <ReaderDialog
      {...props}
      appearance={state.appearance}
      announcement={state.announcement}
      announcementId={state.announcementId}
      model={model}
    >
      <div class="lector-bar" data-more-open={state.menuOpen && state.compact ? '' : undefined}>
        <PlayerBar model={model} narrator={state.narrator} article={model.article} />
        <ViewControls model={model} state={state} />
      </div>
      <div class="lector-body">
        {/* First in focus order after the bar (it was just opened); shown at the end side, beside the article. */}
        {state.displayOpen ? <DisplaySettings id="lector-display" model={model} appearance={state.appearance} /> : null}
        {state.contentsOpen ? (
          <Outline
            id="lector-contents"
            model={model}
            headings={model.article.headings}
            place={model.place}
            focusRequest={state.contentsFocus}
          />
        ) : null}
        <ArticleScroller model={model} state={state} startBlock={startBlock} scrollerRef={scrollerRef} />
      </div>
      <BackToSpoken model={model} state={state} />
      <ShortcutHelp t={t} open={state.helpOpen} onClose={() => model.setHelpOpen(false)} />
    </ReaderDialog>
  );
}

function NoArticleShell(props: ReaderShellProps & { content: Extract<ReaderContent, { kind: 'no-article' }> }) {
  const { content, t, onClose } = props;
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(t('readerOpenedStatus', [t('readerNoArticleTitle')])), 100);
    return () => clearTimeout(timer);
  }, []);
  const titleHolder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    titleHolder.current?.querySelector<HTMLElement>(`#${READER_TITLE_ID}`)?.focus({ preventScroll: true });
  }, []);
  return (
    <ReaderDialog {...props} appearance={content.appearance} announcement={announcement} announcementId={0} model={null}>
      <div class="lector-bar">
        <div class="lector-view-controls">
          <button type="button" class="lector-button lector-close" onClick={onClose}>
            {t('readerClose')}
          </button>
        </div>
      </div>
      <div class="lector-body">
        <div class="lector-scroller" ref={titleHolder}>
          <NoArticleView
            t={t}
            result={content.result}
            onReadSelection={content.onReadSelection}
            onReadPage={content.onReadPage}
            onReadFirstPart={content.onReadFirstPart ?? null}
          />
        </div>
      </div>
    </ReaderDialog>
  );
}

/** A live region only speaks about changes after it exists, so the opening is announced a moment later. */
function useOpenedAnnouncement(model: ReaderModel, text: string): void {
  useEffect(() => {
    // Unless the user was quicker: what they just did is the news.
    const timer = setTimeout(() => model.state.announcementId === 0 && model.announce(text), 100);
    return () => clearTimeout(timer);
  }, [model]);
}
