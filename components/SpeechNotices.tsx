/**
 * What stands between the user and listening, said in words under the title:
 * no speech in this browser, no voices installed, speech failing, a voice
 * replaced; and the offer to continue where reading stopped last time.
 */
import { errorMessage, noticeMessage } from './i18n/narrator-words';
import type { ReaderModel } from './reader/reader-model';
import type { ReaderModelState } from './reader/reader-model-state';

export function SpeechNotices({ model, state }: { model: ReaderModel; state: ReaderModelState }) {
  const { t } = model;
  const narrator = state.narrator;
  const offer = state.resumeOffer;
  let problem: string | null = null;
  if (!narrator) problem = t('readerSpeechUnavailable');
  else if (narrator.error) problem = errorMessage(t, narrator.error);
  else if (narrator.notice) problem = noticeMessage(t, narrator.notice);
  else if (narrator.status === 'loading-voices' && narrator.noVoices) problem = t('readerStillLookingForVoices');
  if (!problem && !offer) return null;
  return (
    <div class="lector-notices">
      {problem ? (
        <div class="lector-notice" data-kind={narrator?.error?.code ?? narrator?.notice?.code ?? (narrator ? 'looking-for-voices' : 'no-speech')}>
          <p>{problem}</p>
          {narrator?.noVoices ? <p>{t('welcomeVoicesHelp')}</p> : null}
        </div>
      ) : null}
      {offer ? (
        <div class="lector-notice lector-resume">
          <p>{t('readerResumeOffer', [excerpt(model.article.sentences[offer.sentence]?.text ?? '')])}</p>
          <button type="button" class="lector-button" onClick={() => model.resume()}>
            {t('readerResume')}
          </button>
          <button type="button" class="lector-button" onClick={() => model.dismissResume()}>
            {t('readerResumeDismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function excerpt(text: string, words = 8): string {
  const parts = text.split(' ');
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}
