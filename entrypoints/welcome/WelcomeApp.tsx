import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n/translate';
import { groupVoicesByLanguage, languageKey, languageName } from '@/settings/voice-choices';
import { useSystemVoices, type SystemVoices } from '@/components/use-system-voices';
import { browserHasShortcuts, openShortcutSettings, useToggleShortcut } from '@/components/use-toggle-shortcut';
import { hasApi } from '@/messaging/optional-apis';

export function WelcomeApp() {
  const shortcut = useToggleShortcut();
  // Firefox for Android has neither keyboard commands nor context menus: only the toolbar's way is told.
  const menus = hasApi(browser, 'contextMenus');
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('welcomeHowHeading')}</h2>
        <ol>
          <li>{t('welcomeHowToolbar')}</li>
          {browserHasShortcuts() ? (
            <li>
              {shortcut ? t('welcomeHowShortcut', shortcut) : t('welcomeHowShortcutUnset')}{' '}
              {shortcut === null ? (
                <button type="button" onClick={() => void openShortcutSettings()}>
                  {t('shortcutSetButton')}
                </button>
              ) : null}
            </li>
          ) : null}
          {menus ? <li>{t('welcomeHowMenu')}</li> : null}
          <li>{t('welcomeHowClose')}</li>
        </ol>
      </section>
      <VoiceCheck />
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeOpenSettings')}
        </button>
      </p>
      <p class="muted">{t('welcomePrivacy')}</p>
    </main>
  );
}

function voiceReport(voices: SystemVoices, uiLanguage: string): VoiceReport {
  if (voices.status === 'looking') return { status: 'checking' };
  if (voices.status === 'none') return { status: 'none' };
  const groups = groupVoicesByLanguage(voices.voices);
  const own = languageKey(uiLanguage);
  return {
    status: 'found',
    count: voices.voices.length,
    languages: groups.size,
    yourLanguage: languageName(own, uiLanguage),
    yourCount: groups.get(own)?.length ?? 0,
  };
}

type VoiceReport =
  | { status: 'checking' }
  | { status: 'none' }
  | { status: 'found'; count: number; languages: number; yourLanguage: string; yourCount: number };

function VoiceCheck() {
  const voices = useSystemVoices();
  const report = useMemo(() => voiceReport(voices, browser.i18n.getUILanguage()), [voices]);

  return (
    <section aria-labelledby="voices-heading">
      <h2 id="voices-heading">{t('welcomeVoicesHeading')}</h2>
      <div role="status" aria-live="polite" data-voice-status={report.status}>
        {report.status === 'checking' ? <p>{t('welcomeVoicesChecking')}</p> : null}
        {report.status === 'none' ? <p>{t('welcomeVoicesNone')}</p> : null}
        {report.status === 'found' ? (
          <>
            <p>{t('welcomeVoicesFound', [String(report.count), String(report.languages)])}</p>
            <p>
              {report.yourCount > 0
                ? t('welcomeVoicesYourLanguage', [report.yourLanguage, String(report.yourCount)])
                : t('welcomeVoicesNoneForLanguage', report.yourLanguage)}
            </p>
          </>
        ) : null}
      </div>
      {report.status === 'none' || (report.status === 'found' && report.yourCount === 0) ? (
        <p>{t('welcomeVoicesHelp')}</p>
      ) : null}
    </section>
  );
}
