/**
 * The open reader's state and what the user can do with it. Components render
 * `state` and call these actions; the Narrator does the speaking; the DOM work
 * (focus, scrolling) is asked of a `ReaderView` the article view provides.
 */
import type { Article, Heading } from '../../core/model';
import type { NarratorState } from '../../speech/index';
import type { ShellAppearance } from '../appearance/appearance-style';
import type { Translate } from '../i18n/messages';
import type { ReaderQueueActions } from '../queue/reader-queue-actions';
import { headingFrom, type Direction } from './heading-navigation';
import type { NarratorLike } from './narrator-like';
import { narratorAnnouncement } from './narrator-announcement';
import type { ReaderLayer } from './innermost-layer';
import type { ReaderModelOptions, ReaderView } from './reader-model-options';
import { initialReaderModelState, type ReaderModelState } from './reader-model-state';
import { ReaderSleep, type SleepCarry } from './reader-sleep';
import type { SleepChoice } from './sleep-timer';

export type { ReaderModelOptions, ReaderView } from './reader-model-options';

const ACTIVE = new Set(['playing', 'loading-voices']);

export class ReaderModel {
  readonly article: Article;
  readonly t: Translate;
  readonly queue: ReaderQueueActions | null;
  private readonly narrator: NarratorLike | null;
  private readonly options: ReaderModelOptions;
  private readonly listeners = new Set<() => void>();
  private view: ReaderView | null = null;
  private unsubscribe: (() => void) | null = null;
  /** The block reading is at when there is no Narrator to ask. */
  private ownPlace = -1;
  private current: ReaderModelState;
  private readonly sleep: ReaderSleep;

  constructor(options: ReaderModelOptions) {
    this.options = options;
    this.article = options.article;
    this.t = options.t;
    this.narrator = options.narrator;
    this.queue = options.queue ?? null;
    this.current = initialReaderModelState(
      this.narrator?.state ?? null,
      options.appearance,
      options.resumeFrom,
      this.article.sentences.length,
    );
    this.sleep = new ReaderSleep({
      t: this.t,
      announce: (text) => this.announce(text),
      stop: () => {
        if (this.isPlaying) this.narrator?.pause();
      },
      onChoice: (sleep) => this.update({ sleep }),
      onArticleEnd: options.onArticleEnd,
      from: options.sleepFrom,
    });
    this.current = { ...this.current, sleep: this.sleep.choice };
    // Last: the Narrator calls back at once, and onNarrator uses the sleep timer.
    this.unsubscribe = this.narrator?.subscribe((state) => this.onNarrator(state)) ?? null;
  }

  /** The minutes sleep timer, to carry over to the next article; null when off or set for this article's end. */
  get sleepCarry(): SleepCarry | null {
    return this.sleep.carry;
  }

  get state(): ReaderModelState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  attachView(view: ReaderView | null): void {
    this.view = view;
  }

  /** The block reading is at: the Narrator's place, past the end once it has ended. */
  get place(): number {
    const state = this.narrator?.state;
    if (!state) return this.ownPlace;
    // The title (read first) is before every block: -1.
    if (state.segment) return state.segment.block;
    return state.status === 'ended' ? this.article.blocks.length : this.ownPlace;
  }

  get isPlaying(): boolean {
    return ACTIVE.has(this.narrator?.state.status ?? '');
  }

  // ---- playback ----

  togglePlay(): void {
    if (!this.narrator) return this.announce(this.t('readerSpeechUnavailable'));
    if (this.isPlaying) this.narrator.pause();
    else this.narrator.play();
    this.update({ engaged: true });
  }

  /** Reads from `sentence` (a click on it, a saved position). */
  readFromSentence(sentence: number): void {
    this.update({ engaged: true, following: true, resumeOffer: null });
    if (!this.narrator) return;
    this.narrator.seekToSentence(sentence);
    if (!this.isPlaying) this.narrator.play();
    this.view?.revealSpoken();
  }

  /** Reads from the start of block `block` ("Read aloud from here", "Read page aloud"). */
  readFromBlock(block: number): void {
    this.update({ engaged: true, following: true });
    if (!this.narrator) return;
    this.narrator.seekToBlock(block);
    if (!this.isPlaying) this.narrator.play();
  }

  move(unit: 'sentence' | 'paragraph', direction: Direction): void {
    if (!this.narrator) return this.announce(this.t('readerSpeechUnavailable'));
    const moved = direction === 1 ? this.narrator.next(unit) : this.narrator.previous(unit);
    this.update({ engaged: true, following: true });
    if (!moved) return this.announce(this.t(direction === 1 ? 'readerAtEnd' : 'readerAtStart'));
    this.view?.revealSpoken();
    // While playing the voice says where we are; otherwise say it in words.
    if (!this.isPlaying) this.announce(this.spokenText());
  }

  setRate(rate: number): void {
    this.narrator?.setRate(rate);
    this.options.onRateChange?.(rate);
  }

  setVoice(voiceURI: string): void {
    this.narrator?.setVoice(voiceURI);
  }

  resume(): void {
    const offer = this.current.resumeOffer;
    if (!offer) return;
    this.readFromSentence(offer.sentence);
    this.view?.focusBlock(offer.block);
  }

  dismissResume(): void {
    this.update({ resumeOffer: null });
  }

  // ---- headings ----

  /** H / Shift+H / 1–6: the heading reached is focused, announced, and read from if playing. */
  moveToHeading(direction: Direction, level?: number): void {
    const target = headingFrom(this.article.headings, this.place, direction, level);
    if (target) return this.goToHeading(target, false);
    const key = level === undefined ? (direction === 1 ? 'readerNoNextHeading' : 'readerNoPreviousHeading')
      : direction === 1 ? 'readerNoNextHeadingLevel' : 'readerNoPreviousHeadingLevel';
    this.announce(this.t(key, level === undefined ? undefined : [String(level)]));
  }

  /** Jumps to `heading`; `startReading` (the outline) also starts reading, otherwise reading continues only if it was on. */
  goToHeading(heading: Heading, startReading: boolean): void {
    this.ownPlace = heading.block;
    this.narrator?.seekToBlock(heading.block);
    if (startReading && this.narrator && !this.isPlaying) this.narrator.play();
    this.update({ engaged: true, following: true, resumeOffer: startReading ? null : this.current.resumeOffer });
    this.view?.focusBlock(heading.block);
    this.announce(this.t('readerHeadingReached', [String(heading.level), heading.text]));
  }

  // ---- view ----

  // On a compact screen the panels are sheets over the article: one at a time, or they would cover each other.
  toggleContents(open = !this.current.contentsOpen): void {
    this.update({ contentsOpen: open, displayOpen: open && this.current.compact ? false : this.current.displayOpen });
  }

  /** Opens the contents and moves focus into them (from the keyboard). */
  focusContents(): void {
    this.toggleContents(true);
    this.update({ contentsFocus: this.current.contentsFocus + 1 });
  }

  toggleDisplay(open = !this.current.displayOpen): void {
    this.update({ displayOpen: open, contentsOpen: open && this.current.compact ? false : this.current.contentsOpen });
  }

  toggleMenu(open = !this.current.menuOpen): void {
    this.update({ menuOpen: open });
  }

  /** The screen became compact or wide (see compact-screen.ts). */
  setCompact(compact: boolean): void {
    if (compact === this.current.compact) return;
    const both = compact && this.current.displayOpen && this.current.contentsOpen;
    this.update({ compact, ...(both ? { contentsOpen: false } : {}) });
  }

  /** Closes one layer (Escape closes the innermost: innermost-layer.ts). */
  closeLayer(layer: ReaderLayer): void {
    if (layer === 'help') this.setHelpOpen(false);
    else if (layer === 'display') this.toggleDisplay(false);
    else if (layer === 'contents') this.toggleContents(false);
    else this.toggleMenu(false);
  }

  setHelpOpen(open: boolean): void {
    this.update({ helpOpen: open });
  }

  setAppearance(changes: Partial<ShellAppearance>): void {
    const appearance = { ...this.current.appearance, ...changes };
    this.update({ appearance });
    this.options.onAppearanceChange?.(appearance);
  }

  /** Appearance changed elsewhere (the options page): show it, do not save it again. */
  applyAppearance(changes: Partial<ShellAppearance>): void {
    this.update({ appearance: { ...this.current.appearance, ...changes } });
  }

  stopFollowing(): void {
    if (this.current.following) this.update({ following: false });
  }

  backToSpoken(): void {
    this.update({ following: true });
    this.view?.revealSpoken();
    const block = this.narrator?.state.segment?.block;
    if (block !== undefined && block >= 0) this.view?.focusBlock(block);
  }

  announce(text: string): void {
    this.update({ announcement: text, announcementId: this.current.announcementId + 1 });
  }

  /** Stops reading after `minutes` (null: never), with a warning a minute before; both are announced. */
  setSleepTimer(choice: SleepChoice | null): void {
    this.sleep.set(choice);
  }

  close(): void {
    this.options.onClose();
  }

  dispose(): void {
    this.sleep.cancel();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.listeners.clear();
    this.view = null;
  }

  // ---- internals ----

  private spokenText(): string {
    const segment = this.narrator?.state.segment;
    if (segment?.kind === 'title') return this.article.title;
    if (segment?.kind === 'image') return segment.text;
    return segment ? (this.article.sentences[segment.sentence]?.text ?? '') : this.t('readerAtEnd');
  }

  private onNarrator(state: NarratorState): void {
    const before = this.current.narrator;
    this.current = { ...this.current, narrator: state };
    // The title is no place in the article: neither our place nor a saved one (it is read again anyway).
    const inArticle = state.segment && state.segment.kind !== 'title' && state.segment.sentence >= 0 ? state.segment : null;
    if (inArticle) this.ownPlace = inArticle.block;
    if (inArticle && inArticle.sentence !== before?.segment?.sentence) {
      this.options.onPlaceChange?.({ block: inArticle.block, sentence: inArticle.sentence });
    }
    this.sleep.speakingLeft(state.progress.secondsRemaining, state.status === 'playing');
    // Set to stop at the article's end, the timer's own words replace "end of article".
    if (state.status === 'ended' && before?.status !== 'ended' && this.sleep.articleEnded()) return;
    const said = narratorAnnouncement(this.t, before, state);
    if (said) this.announce(said);
    else this.emit();
  }

  private update(changes: Partial<ReaderModelState>): void {
    this.current = { ...this.current, ...changes };
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
