/**
 * The listening queue on the options page: what it keeps, and a button that
 * forgets it all (articles, titles, addresses and places), asked first. What
 * happened is said in the page's one status region (`announce`).
 */
import { ConfirmButton } from '@/components/ConfirmButton';
import { t } from '@/components/i18n/translate';
import { forgetQueue } from '@/settings/listening-queue';

interface QueueSettingsProps {
  announce: (words: string) => void;
}

export function QueueSettings({ announce }: QueueSettingsProps) {
  const forget = async () => {
    announce('');
    announce(t((await forgetQueue()) ? 'optionsQueueForgotten' : 'optionsQueueForgetFailed'));
  };
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('optionsQueueHeading')}</h2>
      <p>{t('optionsQueueIntro')}</p>
      <div class="actions">
        <ConfirmButton
          id="forget-queue"
          label={t('optionsForgetQueue')}
          question={t('optionsForgetQueueQuestion')}
          confirmLabel={t('optionsForgetQueueConfirm')}
          cancelLabel={t('confirmCancel')}
          onConfirm={forget}
        />
      </div>
    </section>
  );
}
