/**
 * The article: title, byline, date, site and reading time (each a part of its own), then the sanitized HTML.
 * Shows the spoken sentence and word, keeps them in view while the user lets
 * it, and reads from any sentence clicked.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { mountArticle, type MountedArticle } from './article-mount';
import { boxOf, keepInView, motionAllowed, scrollToTop } from './highlight/follow-scroll';
import { caretAt, sentenceAtPoint } from './highlight/sentence-at-point';
import { createSpokenHighlighter } from './highlight/spoken-highlight';
import { mapBlockText, type BlockTextMap } from './highlight/text-map';
import type { ReaderModel } from './reader/reader-model';
import type { ReaderModelState } from './reader/reader-model-state';
import { RemovedList } from './RemovedList';

export const READER_TITLE_ID = 'lector-title';

export interface ArticleViewProps {
  model: ReaderModel;
  state: ReaderModelState;
  /** `Block.index` to show and focus first ("Read aloud from here"), if any. */
  startBlock: number | null;
  /** The element that scrolls the article (auto-scroll moves it, the user scrolling it stops that). */
  scroller: () => HTMLElement | null;
  /** Shown between the header and the article (speech notices, the resume offer). */
  notices?: ComponentChildren;
  readingTime: string;
}

export function ArticleView({ model, state, startBlock, scroller, notices, readingTime }: ArticleViewProps) {
  const { article } = model;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const win = () => articleRef.current?.ownerDocument.defaultView ?? null;
  const blocks = useMemo(() => new BlockLookup(), [article.html]);
  const highlighter = useMemo(() => (typeof window === 'undefined' ? null : createSpokenHighlighter(window)), []);

  // A block just scrolled to the top (a heading reached): following must not move it again.
  const placedBlock = useRef<number | null>(null);

  // First of the layout effects: the ones below look for blocks inside the article. A long article goes on
  // screen a piece at a time (components/article-mount.ts); looking up a block not yet there mounts it first.
  useLayoutEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    blocks.reset();
    const mounted = mountArticle(root, article.html, { onAdd: (added) => blocks.add(added) });
    blocks.attach(root, mounted);
    return () => mounted.cancel();
  }, [blocks]);

  // The start of "Read aloud from here", or the title, takes focus when the reader opens.
  useLayoutEffect(() => {
    const root = articleRef.current;
    root?.querySelector('[data-lector-start]')?.removeAttribute('data-lector-start');
    const start = startBlock === null ? null : blocks.element(root, startBlock);
    if (start instanceof HTMLElement) {
      start.setAttribute('data-lector-start', '');
      placedBlock.current = startBlock;
      focusElement(start, scroller(), false);
    } else {
      titleRef.current?.focus({ preventScroll: true });
    }
  }, [startBlock]);

  useLayoutEffect(() => {
    const view = {
      focusBlock(block: number) {
        const element = blocks.element(articleRef.current, block);
        if (!(element instanceof HTMLElement)) return;
        placedBlock.current = block;
        focusElement(element, scroller(), motionAllowed(win() ?? window));
      },
      revealSpoken() {
        const range = spokenRange(model, blocks, articleRef.current, titleRef.current);
        const box = scroller();
        if (box) keepInView(box, boxOf(range), motionAllowed(win() ?? window));
      },
    };
    model.attachView(view);
    return () => model.attachView(null);
  }, [model]);

  const narrator = state.narrator;
  const segment = narrator?.segment ?? null;
  const word = narrator?.word ?? null;
  const showSpoken = state.engaged || narrator?.status === 'playing' || narrator?.status === 'paused';
  const mode = state.appearance.highlight ?? 'word';
  useLayoutEffect(() => {
    if (!highlighter) return;
    // The user's choice of highlight; "none" still marks the block with a bar in the margin, to find the place.
    const show = (block: Element | null, sentence: Range | null, word: Range | null) =>
      highlighter.show(block, mode === 'none' ? null : sentence, mode === 'word' ? word : null);
    const root = articleRef.current;
    if (!showSpoken || !segment || !root) return highlighter.clear();
    if (segment.kind === 'title') {
      // The title is read first: it is marked like a block, its words like a sentence's.
      const title = titleRef.current;
      const wordRange = title && word?.sentence === segment.sentence ? titleRange(title, article.title, word.charIndex, word.length) : null;
      return show(title, title ? titleRange(title, article.title) : null, wordRange);
    }
    const sentence = article.sentences[segment.sentence];
    const element = blocks.element(root, segment.block);
    const map = element ? blocks.map(element) : null;
    const sentenceRange = sentence && map ? map.rangeFor(sentence.start, sentence.end) : null;
    const wordStart = sentence && word?.sentence === segment.sentence ? sentence.start + word.charIndex : -1;
    const wordRange = map && wordStart >= 0 ? map.rangeFor(wordStart, wordStart + word!.length) : null;
    show(element, sentenceRange, wordRange);
    const box = scroller();
    const placed = placedBlock.current === segment.block;
    placedBlock.current = null;
    if (state.following && box && !placed) {
      const target = wordRange ?? sentenceRange ?? element;
      keepInView(box, boxOf(target), motionAllowed(win() ?? window));
    }
  }, [showSpoken, segment?.sentence, segment?.block, word?.charIndex, state.following, mode]);
  useLayoutEffect(() => () => highlighter?.clear(), []);

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (!target || event.button !== 0 || event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (target.closest('a[href], summary, button, input, select')) return;
    const root = articleRef.current?.getRootNode() as ShadowRoot | Document | undefined;
    // A drag that selected text is a selection, not a request to read.
    const selection = (root as { getSelection?: () => Selection | null } | undefined)?.getSelection?.() ?? win()?.getSelection();
    if (selection && !selection.isCollapsed && selection.toString() !== '') return;
    const sentence = sentenceAtPoint(article, target, root ? caretAt(root, event.clientX, event.clientY) : null);
    if (sentence !== null) model.readFromSentence(sentence);
  };

  return (
    <div class="lector-page" lang={article.lang ?? undefined} dir={article.dir}>
      {/* A div, not <header>: inside a dialog a header would be a second page banner landmark. */}
      <div class="lector-header">
        <h1 id={READER_TITLE_ID} class="lector-title" tabIndex={-1} ref={titleRef}>
          {article.title}
        </h1>
        <ArticleMeta parts={[article.byline, article.date ?? null, article.siteName, readingTime]} />
      </div>
      {notices}
      <RemovedList t={model.t} removed={article.removed} />
      <article
        ref={articleRef}
        class="lector-article"
        onClick={onClick}
        // Filled by the layout effect above with the browser's sanitizer; Preact leaves children it did not create alone.
      />
    </div>
  );
}

function ArticleMeta({ parts }: { parts: Array<string | null> }) {
  const shown = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  return (
    <p class="lector-meta">
      {/* <bdi>: each part keeps its own direction ("1 min read" in an RTL article). */}
      {shown.map((part, i) => (
        <bdi key={i} class="lector-meta-item">
          {part}
        </bdi>
      ))}
    </p>
  );
}

/**
 * Block elements by index and their text maps, indexed as the article's pieces go on screen; asking for a
 * block not on screen yet puts the pieces up to it there first.
 */
class BlockLookup {
  private readonly elements = new Map<number, Element>();
  private root: Element | null = null;
  private mounted: MountedArticle | null = null;
  private readonly maps = new WeakMap<Element, BlockTextMap>();

  reset(): void {
    this.elements.clear();
    this.root = null;
    this.mounted = null;
  }

  attach(root: Element, mounted: MountedArticle): void {
    this.root = root;
    this.mounted = mounted;
  }

  add(added: ParentNode): void {
    for (const element of added.querySelectorAll('[data-lector-block]')) {
      const index = Number(element.getAttribute('data-lector-block'));
      if (Number.isInteger(index) && !this.elements.has(index)) this.elements.set(index, element);
    }
  }

  element(root: Element | null, block: number): Element | null {
    if (!root || root !== this.root) return null;
    if (!this.elements.has(block)) this.mounted?.mountUntil(() => this.elements.has(block));
    const element = this.elements.get(block);
    // A lookup kept by an older closure, after the article changed, finds nothing rather than a removed block.
    return element && root.contains(element) ? element : null;
  }

  map(element: Element): BlockTextMap {
    let map = this.maps.get(element);
    if (!map) {
      map = mapBlockText(element);
      this.maps.set(element, map);
    }
    return map;
  }
}

function spokenRange(model: ReaderModel, blocks: BlockLookup, root: Element | null, title: Element | null): Range | null {
  const segment = model.state.narrator?.segment;
  if (segment?.kind === 'title') return title ? titleRange(title, model.article.title) : null;
  const sentence = segment ? model.article.sentences[segment.sentence] : undefined;
  const element = segment ? blocks.element(root, segment.block) : null;
  if (!sentence || !element) return null;
  return blocks.map(element).rangeFor(sentence.start, sentence.end);
}

/**
 * The title's text, or the part of it from `charIndex` (an offset in the trimmed
 * title, as the Narrator reads it) for `length` characters; null when the
 * heading is not one text node.
 */
function titleRange(element: Element, title: string, charIndex?: number, length = 0): Range | null {
  const text = element.firstChild;
  if (!text || text !== element.lastChild || text.nodeType !== Node.TEXT_NODE) return null;
  const size = text.textContent?.length ?? 0;
  const lead = title.length - title.trimStart().length;
  const start = charIndex === undefined ? 0 : Math.min(lead + charIndex, size);
  const end = charIndex === undefined ? size : Math.min(start + length, size);
  const range = element.ownerDocument.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

/**
 * Focus without the browser's own jump (which would also scroll the page
 * behind the reader), then scroll only the reader to put it near the top.
 */
function focusElement(element: HTMLElement, scroller: HTMLElement | null, smooth: boolean): void {
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.tabIndex = -1;
  element.focus({ preventScroll: true });
  if (scroller) scrollToTop(scroller, element, smooth);
}
