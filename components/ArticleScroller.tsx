import type { RefObject } from 'preact';
import { ArticleView } from './ArticleView';
import type { ReaderModel } from './reader/reader-model';
import type { ReaderModelState } from './reader/reader-model-state';
import { SpeechNotices } from './SpeechNotices';

export interface ArticleScrollerProps {
  model: ReaderModel;
  state: ReaderModelState;
  startBlock: number | null;
  scrollerRef: RefObject<HTMLDivElement | null>;
}

/**
 * The article in its scrolling box, with the speech notices above it: the reader and the queue panel show the same.
 * The user's own scrolling (wheel, touch, the scrollbar itself) stops the view following the spoken sentence.
 */
export function ArticleScroller({ model, state, startBlock, scrollerRef }: ArticleScrollerProps) {
  const readingTime = model.t('readerReadingTime', [String(Math.max(1, Math.round(model.article.readingMinutes)))]);
  return (
    <div
      class="lector-scroller"
      ref={scrollerRef}
      onWheel={() => model.stopFollowing()}
      onTouchMove={() => model.stopFollowing()}
      // The scrollbar itself: a press on the scroller, not on its content.
      onPointerDown={(event) => event.target === event.currentTarget && model.stopFollowing()}
    >
      <ArticleView
        model={model}
        state={state}
        startBlock={startBlock}
        scroller={() => scrollerRef.current}
        readingTime={readingTime}
        notices={<SpeechNotices model={model} state={state} />}
      />
    </div>
  );
}
