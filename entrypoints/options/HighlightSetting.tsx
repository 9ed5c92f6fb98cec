/**
 * "Highlight while reading" on the options page: the same synced setting the
 * reader's Display panel changes, kept in its own storage item, so this
 * fieldset reads and follows that item itself (a change in the reader, or
 * "Restore defaults", shows here at once).
 */
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_LABELS } from '@/components/appearance/appearance-labels';
import { t } from '@/components/i18n/translate';
import { HIGHLIGHT_MODES, highlightItem, type HighlightMode } from '@/settings/reader-preferences';

export function HighlightSetting({ announce }: { announce: (message: string) => void }) {
  const [mode, setMode] = useState<HighlightMode | null>(null);

  useEffect(() => {
    void highlightItem.getValue().then(setMode);
    return highlightItem.watch((value) => setMode(value));
  }, []);

  const choose = (value: HighlightMode) => {
    setMode(value);
    announce('');
    void highlightItem.setValue(value).then(() => announce(t('optionsSaved')));
  };

  return (
    <fieldset>
      <legend>{t('readerHighlight')}</legend>
      <div class="choices">
        {HIGHLIGHT_MODES.map((value) => (
          <label key={value}>
            <input type="radio" name="highlight" value={value} checked={mode === value} onChange={() => choose(value)} />
            {t(HIGHLIGHT_LABELS[value])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
