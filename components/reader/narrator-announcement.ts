/** What the live region says when the Narrator's state changes on its own. */
import type { NarratorState } from '../../speech/index';
import type { Translate } from '../i18n/messages';
import { errorMessage, noticeMessage } from '../i18n/narrator-words';

/** The words for the change from `before` to `state`, or null when there is nothing new to say. */
export function narratorAnnouncement(t: Translate, before: NarratorState | null, state: NarratorState): string | null {
  if (state.notice && state.notice !== before?.notice) return noticeMessage(t, state.notice);
  if (state.status === 'loading-voices' && state.noVoices && !before?.noVoices) return t('readerStillLookingForVoices');
  if (state.status === before?.status) return null;
  switch (state.status) {
    case 'loading-voices':
      return t('readerVoicesLoading');
    case 'playing':
      return t('readerPlaying');
    case 'paused':
      return t('readerPaused');
    case 'ended':
      return t('readerEnded');
    case 'error':
      return state.error ? errorMessage(t, state.error) : null;
    default:
      return null;
  }
}
