/**
 * The sleep timer: reading stops after 15, 30 or 60 minutes or at the end of the
 * article, with a warning a minute before (the model announces both). A commuter who dozes off does not
 * wake at the end of the article with the battery gone.
 */
import type { Translate } from './i18n/messages';
import { SLEEP_AT_ARTICLE_END, SLEEP_MINUTES, type SleepChoice } from './reader/sleep-timer';

export interface SleepTimerPickerProps {
  t: Translate;
  choice: SleepChoice | null;
  onChoose: (choice: SleepChoice | null) => void;
}

export function SleepTimerPicker({ t, choice: chosen, onChoose }: SleepTimerPickerProps) {
  return (
    <label class="lector-field">
      <span>{t('readerSleepTimer')}</span>
      <select
        class="lector-select"
        value={chosen === null ? '' : String(chosen)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === SLEEP_AT_ARTICLE_END) return onChoose(SLEEP_AT_ARTICLE_END);
          onChoose(SLEEP_MINUTES.find((choice) => choice === Number(value)) ?? null);
        }}
      >
        <option value="">{t('readerSleepOff')}</option>
        <option value={SLEEP_AT_ARTICLE_END}>{t('readerSleepAtArticleEnd')}</option>
        {SLEEP_MINUTES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {t('readerSleepAfter', [String(choice)])}
          </option>
        ))}
      </select>
    </label>
  );
}
