/** Where reading is and how long is left, in words and as a progress bar. */
import type { NarratorState } from '../speech/index';
import { timeLeft, type Translate } from './i18n/messages';

export interface PlaybackProgressProps {
  t: Translate;
  narrator: NarratorState | null;
}

/** "Sentence N of M" counts what is read: the title as one, skipped code and captions not at all. */
export function PlaybackProgress({ t, narrator }: PlaybackProgressProps) {
  if (!narrator) return null;
  const { progress, segment } = narrator;
  const position = segment
    ? t('readerPosition', [String(progress.sentence), String(progress.sentences)])
    : t('readerFinished');
  return (
    <div class="lector-progress">
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('readerProgressLabel')} />
      <span>
        {position}
        {segment ? <span class="lector-time-left">{timeLeft(t, progress.secondsRemaining)}</span> : null}
      </span>
    </div>
  );
}
