/**
 * One reader per document: open it (extract, then mount), close it, or toggle.
 * Every trigger (toolbar, shortcut, context menu) arrives here.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReaderContent } from '@/components/ReaderShell';
import { noArticleReason } from '@/components/i18n/extraction-words';
import type { Article, ExtractResult, NoArticle } from '@/core/model';
import { findStartBlock, startTextsFromPage, type StartHint } from '@/core/start-point';
import { createPreferenceSaver, loadPreferences, type LoadedPreferences } from '@/settings/preference-sync';
import { readingPositionKey } from '@/settings/reading-positions';
import { EXTRACT_FRAME_PATH, type ExtractionPath, type ReaderOutcome } from '@/messaging/protocol';
import { createArticleSource, type ExtractPage, type SourcedResult } from './article-source';
import { readFirstPart } from './first-part-source';
import { announce, announceIfSlow } from './announcements';
import { ensureReaderFont, releaseReaderFonts } from './bundled-font-faces';
import { extractInFrame, FRAME_TIMEOUTS } from './extraction-frame';
import { extractInPage, textArticleInPage } from './in-page-extraction';
import { readsInPage } from './in-page-choice';
import { mountReader, type MountedReader } from './mount-reader';
import { startSession, type ReaderSession } from '@/components/reader/reader-session';
import { askForVoicesEarly } from '@/speech/voice-warmup';
import { readerQueueActions } from './queue-add';
import { markOpenPhase } from './open-phases';
import { t, uiLocale } from '@/components/i18n/translate';

/** What the open reader knows; the player starts from `startAt`. */
export interface OpenReader {
  result: ExtractResult;
  startAt: { block: number } | null;
  via: ExtractionPath;
}

export interface OpenOptions {
  startHint?: StartHint;
  /** Start reading aloud at once (the context menu's "Read page aloud" / "Read aloud from here"). */
  readAloud?: boolean;
}

export class ReaderController {
  private mounted: MountedReader | null = null;
  private session: ReaderSession | null = null;
  private opening: Promise<ReaderOutcome> | null = null;
  /** Aborts the opening under way: closing, navigating or a second toolbar press stops it. */
  private openingAbort: AbortController | null = null;
  private readonly extractFramed: ExtractPage = (page, signal) =>
    extractInFrame(
      page,
      { url: browser.runtime.getURL(EXTRACT_FRAME_PATH), origin: new URL(browser.runtime.getURL('/')).origin },
      document,
      FRAME_TIMEOUTS,
      signal,
    );
  private readonly source = createArticleSource(this.extractFramed, extractInPage, readsInPage);
  state: OpenReader | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.close());
  }

  /** Opens, or closes what is open or still opening (a second press of the toolbar button cancels). */
  toggle(options: OpenOptions = {}): Promise<ReaderOutcome> {
    if (this.mounted || this.opening) {
      this.close();
      return Promise.resolve({ shown: 'closed' });
    }
    return this.open(options);
  }

  /** Shows the reader; when it is already open, only moves the start point (and starts reading if asked). */
  open(options: OpenOptions = {}): Promise<ReaderOutcome> {
    // A second trigger while extraction runs must not mount a second reader.
    if (this.opening) return this.opening;
    if (this.mounted && this.state) return Promise.resolve(this.moveStart(this.state, options));
    this.opening = this.mount(options).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  /** The article for the listening queue: the one on screen, or the same extraction as opening the reader. */
  async articleForQueue(): Promise<ExtractResult> {
    if (this.state?.result.kind === 'article') return this.state.result;
    return (await this.source.read(document)).result;
  }

  /** Says `text` in the open reader's live region, or with the browser's announcement when it is closed. */
  say(text: string): void {
    if (this.session && this.mounted) this.session.model.announce(text);
    else announce(document, text);
  }

  close(): void {
    this.openingAbort?.abort();
    this.openingAbort = null;
    const mounted = this.mounted;
    if (!mounted) return;
    this.mounted = null;
    this.state = null;
    this.session?.end();
    this.session = null;
    mounted.remove();
    releaseReaderFonts();
    announce(document, t('readerClosedStatus'));
  }

  private async mount(options: OpenOptions): Promise<ReaderOutcome> {
    const abort = new AbortController();
    this.openingAbort = abort;
    try {
      return await this.mountUnlessClosed(options, abort.signal);
    } finally {
      if (this.openingAbort === abort) this.openingAbort = null;
    }
  }

  private async mountUnlessClosed(options: OpenOptions, signal: AbortSignal): Promise<ReaderOutcome> {
    const selection = document.getSelection()?.toString() ?? '';
    // The voice list arrives while the page is read (speech/voice-warmup.ts), not after the article is ready.
    askForVoicesEarly(window);
    // Nothing is on screen until the article is read: on a very long page, say that something is happening.
    const done = announceIfSlow(document, () => t('readerOpeningStatus'));
    let preferences: LoadedPreferences;
    let sourced: SourcedResult;
    try {
      // The frame starts first: its start-up is the longest wait, and the settings load meanwhile.
      [sourced, preferences] = await Promise.all([this.source.read(document, signal), loadPreferences()]);
    } finally {
      done();
    }
    const { result, via } = sourced;
    markOpenPhase('preferences');
    if (signal.aborted) return { shown: 'closed' };
    const startBlock = result.kind === 'article' ? locateStart(result, options.startHint) : null;
    const saver = createPreferenceSaver(preferences);
    const ui = uiLocale();
    ensureReaderFont(preferences.appearance.fontFamily);
    let content: ReaderContent;
    if (result.kind === 'article') {
      content = await this.articleContent(result, startBlock, preferences, saver, options.startHint === undefined);
    } else {
      content = this.noArticleContent(result, preferences, saver, selection);
    }
    markOpenPhase('session');
    // "Read page aloud" speaks before the shell is drawn: drawing takes longer than the first words need, and the
    // shell shows the state it finds (playing, the spoken sentence).
    if (options.readAloud && this.session && !signal.aborted) {
      this.session.model.readFromBlock(startBlock ?? 0);
      markOpenPhase('play');
    }
    try {
      // Removed or hidden by the page: close as the user would, so the page gets its scroll and keys back.
      this.mounted = mountReader(this.ctx, { content, t, uiLang: ui.lang, uiDir: ui.dir, onClose: () => this.close() }, () => this.close());
    } catch (error) {
      // No reader to close: the speech just started must not go on without one.
      this.session?.end();
      this.session = null;
      throw error;
    }
    this.state = { result, startAt: startBlock === null ? null : { block: startBlock }, via };
    markOpenPhase('mounted');
    // Closed while the session and the shell were being set up: take down what was just put up.
    if (signal.aborted) {
      this.close();
      return { shown: 'closed' };
    }
    return outcomeOf(this.state);
  }

  private async articleContent(
    article: Article,
    startBlock: number | null,
    preferences: LoadedPreferences,
    saver: ReturnType<typeof createPreferenceSaver>,
    offerResume: boolean,
    positionKey: string | null = article.url ? readingPositionKey(article.url) : null,
  ): Promise<ReaderContent> {
    this.session = await startSession({
      article,
      preferences,
      saver,
      t,
      positionKey,
      offerResume,
      queue: readerQueueActions(article, t, (text) => this.say(text)),
      onClose: () => this.close(),
    });
    const model = this.session.model;
    model.subscribe(() => ensureReaderFont(model.state.appearance.fontFamily));
    return { kind: 'article', model: this.session.model, startBlock };
  }

  private noArticleContent(
    result: NoArticle,
    preferences: LoadedPreferences,
    saver: ReturnType<typeof createPreferenceSaver>,
    selection: string,
  ): ReaderContent {
    const readText = (text: () => string, positionKey: string | null) => async () => {
      const article = await textArticleInPage(text(), pageMeta(), document);
      // Its builder is injected on this path (to keep the reader script small): a refusal must not be a dead button.
      if (!article) return this.say(t('readTextFailed'));
      const content = await this.articleContent(article, null, preferences, saver, false, positionKey);
      this.state = { result: article, startAt: null, via: 'none' };
      this.mounted?.update({ content });
      this.session?.model.readFromBlock(0);
    };
    // Nothing to offer on a page without text or that is not a web page.
    const pageHasText = result.code !== 'empty' && result.code !== 'not-html' && document.body !== null;
    return {
      kind: 'no-article',
      result,
      appearance: preferences.appearance,
      // Too large, or too slow to read whole in the frame's budget (a 5 MB page of 16,000 paragraphs in Chromium): a tenth is not.
      onReadFirstPart: (result.code === 'too-large' || result.code === 'frame-timeout') && document.body ? () => void this.showFirstPart(preferences, saver, selection) : null,
      // The selection is not the page: its place is not worth remembering.
      onReadSelection: selection.trim() ? readText(() => selection, null) : null,
      // innerText (what is shown, line by line) is only worth its layout cost once asked for.
      onReadPage: pageHasText ? readText(() => document.body?.innerText ?? '', readingPositionKey(location.href)) : null,
    };
  }

  /** A page too large to read whole: its first part (core/first-part.ts), extracted as the page would be, titled as partial. */
  private async showFirstPart(preferences: LoadedPreferences, saver: ReturnType<typeof createPreferenceSaver>, selection: string): Promise<void> {
    const done = announceIfSlow(document, () => t('readerOpeningStatus'));
    let sourced: SourcedResult;
    try {
      sourced = await readFirstPart(document, this.extractFramed, extractInPage);
    } finally {
      done();
    }
    if (!this.mounted) return; // closed meanwhile
    const { result, via } = sourced;
    if (result.kind !== 'article') {
      this.state = { result, startAt: null, via };
      this.mounted.update({ content: this.noArticleContent(result, preferences, saver, selection) });
      return;
    }
    const article = { ...result, title: t('readerFirstPartTitle', [result.title]) };
    const content = await this.articleContent(article, null, preferences, saver, true);
    this.state = { result: article, startAt: null, via };
    this.mounted?.update({ content });
    // Said before the reader's "open" news, which then stays quiet: the listener learns first that this is a part.
    this.session?.model.announce(t('readerFirstPartStatus'));
  }

  private moveStart(state: OpenReader, options: OpenOptions): ReaderOutcome {
    if (state.result.kind === 'article' && options.startHint) {
      const startBlock = locateStart(state.result, options.startHint);
      if (startBlock !== null) {
        state.startAt = { block: startBlock };
        const content = this.session ? { kind: 'article' as const, model: this.session.model, startBlock } : null;
        if (content) this.mounted?.update({ content });
        if (options.readAloud) this.session?.model.readFromBlock(startBlock);
      }
    } else if (options.readAloud && this.session && !this.session.model.isPlaying) {
      this.session.model.togglePlay();
    }
    return outcomeOf(state);
  }
}

function outcomeOf(state: OpenReader): ReaderOutcome {
  const { result, via } = state;
  return result.kind === 'article'
    ? { shown: 'article', title: result.title, startBlock: state.startAt?.block ?? null, via }
    : { shown: 'no-article', code: result.code, reason: noArticleReason(t, result), via };
}

function pageMeta() {
  const lang = document.documentElement.lang || null;
  const dir = document.documentElement.dir === 'rtl' || document.body?.dir === 'rtl' ? ('rtl' as const) : ('ltr' as const);
  return { title: document.title || location.hostname, url: location.href, lang, dir };
}

function locateStart(article: Article, startHint?: StartHint): number | null {
  if (!startHint) return null;
  return findStartBlock(article.blocks, startTextsFromPage(startHint, document, menuTarget(startHint)));
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
