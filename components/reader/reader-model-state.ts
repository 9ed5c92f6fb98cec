/** What the open reader shows, as one immutable value the model replaces on every change. */
import type { NarratorState } from '../../speech/index';
import type { ShellAppearance } from '../appearance/appearance-style';
import type { SleepChoice } from './sleep-timer';

export interface SavedPlace {
  block: number;
  sentence: number;
}

export interface ReaderModelState {
  narrator: NarratorState | null;
  appearance: ShellAppearance;
  contentsOpen: boolean;
  /** Changes when the contents should take focus (opened from the keyboard). */
  contentsFocus: number;
  displayOpen: boolean;
  helpOpen: boolean;
  /** The compact bar's "More" menu (shown only on small or zoomed screens). */
  menuOpen: boolean;
  /** Small or zoomed screen: the bar is one row and the panels are sheets, one at a time. */
  compact: boolean;
  /** Auto-scroll keeps the spoken sentence in view until the user scrolls away. */
  following: boolean;
  /** The user started reading or moved the place: the spoken sentence is shown. */
  engaged: boolean;
  /** The one polite live region's text; `announcementId` changes with every announcement. */
  announcement: string;
  announcementId: number;
  resumeOffer: SavedPlace | null;
  /** The sleep timer's choice; null when off. */
  sleep: SleepChoice | null;
}

/**
 * The state of a reader just opened. A saved place is offered only past the
 * article's first sentence and inside it: the page may have changed since.
 */
export function initialReaderModelState(
  narrator: NarratorState | null,
  appearance: ShellAppearance,
  resumeFrom: SavedPlace | null | undefined,
  sentenceCount: number,
): ReaderModelState {
  const resumable = resumeFrom && resumeFrom.sentence > 0 && resumeFrom.sentence < sentenceCount;
  return {
    narrator,
    appearance,
    contentsOpen: false,
    contentsFocus: 0,
    displayOpen: false,
    helpOpen: false,
    menuOpen: false,
    compact: false,
    following: true,
    engaged: false,
    announcement: '',
    announcementId: 0,
    resumeOffer: resumable ? resumeFrom : null,
    sleep: null,
  };
}
