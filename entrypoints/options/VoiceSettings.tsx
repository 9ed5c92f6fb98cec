import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n/translate';
import { RATE, RATE_SLIDER_MAX, type ReaderPreferences, type VoicesByLanguage } from '@/settings/reader-preferences';
import { groupVoicesByLanguage, languageKey, languageName } from '@/settings/voice-choices';
import { useSystemVoices } from '@/components/use-system-voices';
import { RangeField } from '@/components/RangeField';
import { sampleSentence } from './sample-sentences';

interface VoiceSettingsProps {
  preferences: ReaderPreferences;
  onChange: <K extends keyof ReaderPreferences>(key: K, value: ReaderPreferences[K]) => void;
}

export function VoiceSettings({ preferences, onChange }: VoiceSettingsProps) {
  const uiLanguage = browser.i18n.getUILanguage();
  const voicesState = useSystemVoices();
  const [language, setLanguage] = useState(languageKey(uiLanguage));
  const [speaking, setSpeaking] = useState(false);
  const groups = useMemo(
    () => groupVoicesByLanguage(voicesState.status === 'ready' ? voicesState.voices : []),
    [voicesState],
  );

  useEffect(() => () => speechSynthesis.cancel(), []);

  useEffect(() => {
    if (groups.size > 0 && !groups.has(language)) setLanguage(groups.keys().next().value ?? language);
  }, [groups]);

  const chosenVoice = preferences.voicesByLanguage[language] ?? '';
  const setVoice = (voiceURI: string) => {
    const next: VoicesByLanguage = { ...preferences.voicesByLanguage };
    if (voiceURI) next[language] = voiceURI;
    else delete next[language];
    onChange('voicesByLanguage', next);
  };
  const forgetVoice = (lang: string) => {
    const next: VoicesByLanguage = { ...preferences.voicesByLanguage };
    delete next[lang];
    onChange('voicesByLanguage', next);
  };

  const testVoice = () => {
    speechSynthesis.cancel();
    const voices = voicesState.status === 'ready' ? voicesState.voices : [];
    const utterance = new SpeechSynthesisUtterance(sampleSentence(language));
    const voice = voices.find((candidate) => candidate.voiceURI === chosenVoice);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? language;
    utterance.rate = preferences.rate;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  const stopVoice = () => {
    speechSynthesis.cancel();
    setSpeaking(false);
  };

  const hasVoices = voicesState.status === 'ready' && voicesState.voices.length > 0;
  return (
    <section aria-labelledby="voice-heading">
      <h2 id="voice-heading">{t('optionsVoiceHeading')}</h2>
      <RangeField
        class="field lector-range-field"
        id="rate"
        label={t('optionsRate')}
        range={RATE}
        exact={{ sliderMax: RATE_SLIDER_MAX, label: t('optionsRateExact', [String(RATE.min), String(RATE.max)]), unit: '×' }}
        value={preferences.rate}
        format={(value) => `${value.toFixed(1)}×`}
        onChange={(value) => onChange('rate', value)}
      />
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={preferences.readCaptions}
            onChange={(event) => onChange('readCaptions', event.currentTarget.checked)}
          />{' '}
          {t('optionsReadCaptions')}
        </label>
      </div>
      {/* One live region whose words change: voices that arrive late are announced. */}
      <p role="status" data-voice-status={voicesState.status}>
        {voicesState.status === 'looking' ? t('optionsVoicesLoading') : null}
        {voicesState.status === 'none' ? t('optionsNoVoices') : null}
        {voicesState.status === 'ready' ? t('optionsVoicesFound', String(voicesState.voices.length)) : null}
      </p>
      {hasVoices ? (
        <>
          <div class="field">
            <label for="voice-language">{t('optionsLanguage')}</label>
            <select id="voice-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
              {[...groups.keys()].map((lang) => (
                <option key={lang} value={lang}>
                  {languageName(lang, uiLanguage)} ({lang})
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="voice">{t('optionsVoice')}</label>
            <select id="voice" value={chosenVoice} onChange={(e) => setVoice(e.currentTarget.value)}>
              <option value="">{t('optionsDefaultVoice')}</option>
              {(groups.get(language) ?? []).map((voice) => (
                <option key={voice.voiceURI} value={voice.voiceURI}>
                  {voice.name} ({voice.lang})
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      <div class="actions">
        <button type="button" onClick={testVoice} disabled={!hasVoices}>
          {t('optionsTestVoice')}
        </button>
        {speaking ? (
          <button type="button" onClick={stopVoice}>
            {t('optionsStopVoice')}
          </button>
        ) : null}
      </div>
      <ChosenVoices
        voices={preferences.voicesByLanguage}
        uiLanguage={uiLanguage}
        allVoices={voicesState.status === 'ready' ? voicesState.voices : []}
        onForget={forgetVoice}
      />
    </section>
  );
}

function ChosenVoices(props: {
  voices: VoicesByLanguage;
  uiLanguage: string;
  allVoices: SpeechSynthesisVoice[];
  onForget: (lang: string) => void;
}) {
  const entries = Object.entries(props.voices);
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{t('optionsChosenVoices')}</h3>
      <ul class="chosen-voices">
        {entries.map(([lang, voiceURI]) => {
          const name = languageName(lang, props.uiLanguage);
          const voice = props.allVoices.find((candidate) => candidate.voiceURI === voiceURI);
          return (
            <li key={lang}>
              {name}: {voice?.name ?? voiceURI}{' '}
              <button type="button" onClick={() => props.onForget(lang)}>
                {t('optionsRemoveVoice', name)}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
