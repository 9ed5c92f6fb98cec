import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n/translate';
import {
  contentWidthItem,
  DEFAULT_PREFERENCES,
  fontFamilyItem,
  fontSizeItem,
  highlightItem,
  lineHeightItem,
  loadReaderPreferences,
  rateItem,
  readCaptionsItem,
  themeItem,
  voicesByLanguageItem,
  type ReaderPreferences,
} from '@/settings/reader-preferences';
import { AppearanceSettings } from './AppearanceSettings';
import { QueueSettings } from './QueueSettings';
import { ReadingPositionsSettings } from './ReadingPositionsSettings';
import { ShortcutsReference } from './ShortcutsReference';
import { VoiceSettings } from './VoiceSettings';

const ITEMS = {
  theme: themeItem,
  fontFamily: fontFamilyItem,
  fontSize: fontSizeItem,
  lineHeight: lineHeightItem,
  contentWidth: contentWidthItem,
  rate: rateItem,
  readCaptions: readCaptionsItem,
  voicesByLanguage: voicesByLanguageItem,
} as const;

async function savePreference<K extends keyof ReaderPreferences>(key: K, value: ReaderPreferences[K]) {
  // Each item is typed by its own key; the map above pairs them.
  await (ITEMS[key] as unknown as { setValue(value: ReaderPreferences[K]): Promise<void> }).setValue(value);
}

export function OptionsApp() {
  const [preferences, setPreferences] = useState<ReaderPreferences | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadReaderPreferences().then(setPreferences);
  }, []);

  if (!preferences) return <main aria-busy="true" />;

  const onChange = <K extends keyof ReaderPreferences>(key: K, value: ReaderPreferences[K]) => {
    setPreferences({ ...preferences, [key]: value });
    setStatus('');
    void savePreference(key, value).then(() => setStatus(t('optionsSaved')));
  };
  const reset = async () => {
    await Promise.all([...Object.values(ITEMS), highlightItem].map((item) => item.removeValue()));
    setPreferences(DEFAULT_PREFERENCES);
    setStatus(t('optionsSaved'));
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <AppearanceSettings preferences={preferences} onChange={onChange} announce={setStatus} />
      <VoiceSettings preferences={preferences} onChange={onChange} />
      <ShortcutsReference />
      <ReadingPositionsSettings announce={setStatus} />
      <QueueSettings announce={setStatus} />
      <div class="actions">
        <button type="button" onClick={reset}>
          {t('optionsReset')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
