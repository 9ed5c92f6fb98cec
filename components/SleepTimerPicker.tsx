/**
 * The sleep timer: reading stops after 15, 30 or 60 minutes, with a warning a
 * minute before (the model announces both). A commuter who dozes off does not
 * wake at the end of the article with the battery gone.
 */
import type { Translate } from './i18n/messages';
import { SLEEP_MINUTES, type SleepMinutes } from './reader/sleep-timer';

export interface SleepTimerPickerProps {
  t: Translate;
  minutes: SleepMinutes | null;
  onChoose: (minutes: SleepMinutes | null) => void;
}

export function SleepTimerPicker({ t, minutes, onChoose }: SleepTimerPickerProps) {
  return (
    <label class="lector-field">
      <span>{t('readerSleepTimer')}</span>
      <select
        class="lector-select"
        value={minutes === null ? '' : String(minutes)}
        onChange={(event) => {
          const value = Number(event.currentTarget.value);
          onChoose(SLEEP_MINUTES.find((choice) => choice === value) ?? null);
        }}
      >
        <option value="">{t('readerSleepOff')}</option>
        {SLEEP_MINUTES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {t('readerSleepAfter', [String(choice)])}
          </option>
        ))}
      </select>
    </label>
  );
}
