/**
 * One reader per document: open it (extract, then mount), close it, or toggle.
 * Every trigger (toolbar, shortcut, context menu) arrives here.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/core/extract';
import type { Article, ExtractResult } from '@/core/model';
import { DEFAULT_PREFERENCES, loadReaderPreferences } from '@/settings/reader-preferences';
import { mountReader, type MountedReader } from './mount-reader';
import type { ReaderOutcome, StartHint } from './protocol';
import { shellMessages } from './shell-messages';
import { findStartBlock, startTextsFromPage } from './start-point';

/** What the open reader knows; the player (speech issue) starts from `startAt`. */
export interface ReaderState {
  result: ExtractResult;
  startAt: { block: number } | null;
}

export class ReaderController {
  private mounted: MountedReader | null = null;
  private opening: Promise<ReaderOutcome> | null = null;
  state: ReaderState | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.close());
  }

  toggle(startHint?: StartHint): Promise<ReaderOutcome> {
    if (this.mounted && !this.opening) {
      this.close();
      return Promise.resolve({ shown: 'closed' });
    }
    return this.open(startHint);
  }

  /** Shows the reader; when it is already open, only moves the start point. */
  open(startHint?: StartHint): Promise<ReaderOutcome> {
    // A second trigger while extraction runs must not mount a second reader.
    if (this.opening) return this.opening;
    if (this.mounted && this.state) return Promise.resolve(this.moveStart(this.state, startHint));
    this.opening = this.mount(startHint).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  close(): void {
    const mounted = this.mounted;
    this.mounted = null;
    this.state = null;
    mounted?.remove();
  }

  private async mount(startHint?: StartHint): Promise<ReaderOutcome> {
    const result = extractSafely(document, location.href);
    const startBlock = result.kind === 'article' ? locateStart(result, startHint) : null;
    const preferences = await loadReaderPreferences().catch(() => DEFAULT_PREFERENCES);
    this.mounted = await mountReader(this.ctx, {
      result,
      startBlock,
      appearance: preferences,
      messages: shellMessages(),
      onClose: () => this.close(),
    });
    this.state = { result, startAt: startBlock === null ? null : { block: startBlock } };
    return outcomeOf(this.state);
  }

  private moveStart(state: ReaderState, startHint?: StartHint): ReaderOutcome {
    if (state.result.kind === 'article' && startHint) {
      const startBlock = locateStart(state.result, startHint);
      if (startBlock !== null) {
        state.startAt = { block: startBlock };
        this.mounted?.update({ startBlock });
      }
    }
    return outcomeOf(state);
  }
}

function outcomeOf(state: ReaderState): ReaderOutcome {
  const { result } = state;
  return result.kind === 'article'
    ? { shown: 'article', title: result.title, startBlock: state.startAt?.block ?? null }
    : { shown: 'no-article', code: result.code, reason: result.reason };
}

function locateStart(article: Article, startHint?: StartHint): number | null {
  if (!startHint) return null;
  return findStartBlock(article.blocks, startTextsFromPage(startHint, document, menuTarget(startHint)));
}

function extractSafely(doc: Document, url: string): ExtractResult {
  try {
    return extractArticle(doc, { url });
  } catch (error) {
    return {
      kind: 'no-article',
      code: 'error',
      reason: `Lector could not read this page (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** Firefox tells which element the menu was opened on; Chrome has no such API. */
function menuTarget(hint: StartHint): Element | null {
  if (hint.targetElementId === undefined) return null;
  // `menus` (alias `contextMenus`) is Firefox-only here and absent from the Chrome-based typings.
  type Menus = { getTargetElement?: (id: number) => Element | null };
  const api = browser as unknown as { menus?: Menus; contextMenus?: Menus };
  try {
    return (api.menus ?? api.contextMenus)?.getTargetElement?.(hint.targetElementId) ?? null;
  } catch {
    return null;
  }
}
