/**
 * What a reader model is given (its article, Narrator, words, look, and the
 * hooks to where places, settings and the listening queue are kept) and what
 * it asks of the article view. Types only; the model is reader-model.ts.
 */
import type { Article } from '../../core/model';
import type { ShellAppearance } from '../appearance/appearance-style';
import type { Translate } from '../i18n/messages';
import type { ReaderQueueActions } from '../queue/reader-queue-actions';
import type { NarratorLike } from './narrator-like';
import type { SavedPlace } from './reader-model-state';
import type { SleepCarry } from './reader-sleep';

/** What the article view does for the model. */
export interface ReaderView {
  /** Focuses block `block` (it becomes focusable) and scrolls it into view. */
  focusBlock(block: number): void;
  /** Scrolls the spoken sentence into view. */
  revealSpoken(): void;
}

export interface ReaderModelOptions {
  article: Article;
  /** Null where the browser has no speech synthesis. */
  narrator: NarratorLike | null;
  t: Translate;
  appearance: ShellAppearance;
  /** A saved reading position to offer ("Continue where you stopped"). */
  resumeFrom?: SavedPlace | null;
  onAppearanceChange?: (appearance: ShellAppearance) => void;
  onRateChange?: (rate: number) => void;
  /** Called when the place being read moves to another sentence. */
  onPlaceChange?: (place: SavedPlace) => void;
  /**
   * The article was read to its end; `sleepStopped`: the sleep timer was set to stop there. The listening queue
   * goes on to the next article unless it was.
   */
  onArticleEnd?: (sleepStopped: boolean) => void;
  /** A minutes sleep timer to go on with (the listening queue's previous article set it). */
  sleepFrom?: SleepCarry | null;
  /** The listening queue's buttons (the reader in a page); absent where there is none (the side panel is the queue). */
  queue?: ReaderQueueActions | null;
  onClose: () => void;
}
