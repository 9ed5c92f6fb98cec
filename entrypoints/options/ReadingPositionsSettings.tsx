/**
 * Reading positions on the options page: whether they are kept in private
 * windows (off unless the user ticks it) and a button that forgets them all.
 * What happened is said in the page's one status region (`announce`).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n/translate';
import { forgetReadingPositions } from '@/settings/reading-positions';
import { rememberPrivatePositionsItem } from '@/settings/reading-positions-privacy';

interface ReadingPositionsSettingsProps {
  announce: (words: string) => void;
}

export function ReadingPositionsSettings({ announce }: ReadingPositionsSettingsProps) {
  const [rememberPrivate, setRememberPrivate] = useState<boolean | null>(null);
  const [forgetting, setForgetting] = useState(false);

  useEffect(() => {
    void rememberPrivatePositionsItem.getValue().then(setRememberPrivate, () => setRememberPrivate(false));
  }, []);

  const onPrivateChange = (checked: boolean) => {
    setRememberPrivate(checked);
    announce('');
    void rememberPrivatePositionsItem.setValue(checked).then(() => announce(t('optionsSaved')));
  };
  const forget = async () => {
    setForgetting(true);
    announce('');
    try {
      await forgetReadingPositions();
      announce(t('optionsPositionsForgotten'));
    } catch {
      announce(t('optionsPositionsForgetFailed'));
    } finally {
      setForgetting(false);
    }
  };

  return (
    <section aria-labelledby="positions-heading">
      <h2 id="positions-heading">{t('optionsPositionsHeading')}</h2>
      <p>{t('optionsPositionsIntro')}</p>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={rememberPrivate === true}
            disabled={rememberPrivate === null}
            onChange={(event) => onPrivateChange(event.currentTarget.checked)}
          />{' '}
          {t('optionsPositionsPrivate')}
        </label>
      </div>
      <div class="actions">
        {/* aria-disabled rather than disabled while it works: the button keeps focus for keyboard users. */}
        <button type="button" aria-disabled={forgetting} onClick={() => !forgetting && void forget()}>
          {t('optionsForgetPositions')}
        </button>
      </div>
    </section>
  );
}
