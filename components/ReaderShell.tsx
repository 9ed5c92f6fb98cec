/**
 * The reader dialog: a full-viewport modal showing the extracted article (or
 * why there is none) and a Close button. Rendered by the reader content script
 * inside its shadow root; it decides nothing itself — closing is `onClose`.
 *
 * A native <dialog> opened with showModal() makes the rest of the page inert
 * (keyboard and assistive technology stay inside) and sits in the top layer,
 * where no page z-index can cover it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/core/model';
import { appearanceStyle, type ShellAppearance } from './shell/appearance';

export interface ShellMessages {
  close: string;
  /** Heading of the dialog when the page has no article. */
  noArticleTitle: string;
  readingTime: (minutes: number) => string;
  /** Announced politely once the reader is shown. */
  openedStatus: (title: string) => string;
}

export interface ReaderShellProps {
  result: ExtractResult;
  /** `Block.index` where "Read aloud from here" asked to start, if any. */
  startBlock: number | null;
  appearance: ShellAppearance;
  messages: ShellMessages;
  onClose: () => void;
}

export const READER_TITLE_ID = 'lector-title';

export function ReaderShell({ result, startBlock, appearance, messages, onClose }: ReaderShellProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');
  const title = result.kind === 'article' ? result.title : messages.noArticleTitle;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
  }, []);

  useLayoutEffect(() => {
    articleRef.current?.querySelector('[data-lector-start]')?.removeAttribute('data-lector-start');
    const start = startBlock === null ? null : findBlock(articleRef.current, startBlock);
    if (start) {
      start.setAttribute('data-lector-start', '');
      start.tabIndex = -1;
      start.scrollIntoView?.({ block: 'start', behavior: 'instant' });
      start.focus({ preventScroll: true });
    } else {
      titleRef.current?.focus({ preventScroll: true });
    }
  }, [startBlock]);

  useEffect(() => {
    // A live region only speaks about changes after it exists, so fill it a moment later.
    const timer = setTimeout(() => setStatus(messages.openedStatus(title)), 100);
    return () => clearTimeout(timer);
  }, [title]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  const onCancel = (event: Event) => {
    event.preventDefault();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      class="lector-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={READER_TITLE_ID}
      data-theme={appearance.theme}
      style={appearanceStyle(appearance)}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      onClose={onClose}
    >
      <div class="lector-toolbar">
        <button type="button" class="lector-button lector-close" onClick={onClose}>
          {messages.close}
        </button>
      </div>
      <div class="lector-page">
        {/* A div, not <header>: inside a dialog a header would be a second page banner landmark. */}
        <div class="lector-header">
          <h1 id={READER_TITLE_ID} class="lector-title" tabIndex={-1} ref={titleRef}>
            {title}
          </h1>
          {result.kind === 'article' ? (
            <ArticleMeta
              byline={result.byline}
              siteName={result.siteName}
              readingTime={messages.readingTime(result.readingMinutes)}
            />
          ) : null}
        </div>
        {result.kind === 'article' ? (
          <article
            ref={articleRef}
            class="lector-article"
            lang={result.lang ?? undefined}
            dir={result.dir}
            // Article.html is DOMPurify-sanitized by core/extract (no scripts, handlers, frames, forms, styles).
            dangerouslySetInnerHTML={{ __html: result.html }}
          />
        ) : (
          <p class="lector-reason">{result.reason}</p>
        )}
      </div>
      <p class="lector-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </dialog>
  );
}

function ArticleMeta(props: { byline: string | null; siteName: string | null; readingTime: string }) {
  const parts = [props.byline, props.siteName, props.readingTime].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return (
    <p class="lector-meta">
      {parts.map((part, i) => (
        <span key={i} class="lector-meta-item">
          {part}
        </span>
      ))}
    </p>
  );
}

function findBlock(article: HTMLElement | null, block: number): HTMLElement | null {
  const found = article?.querySelector(`[data-lector-block="${block}"]`);
  return found instanceof HTMLElement ? found : null;
}
