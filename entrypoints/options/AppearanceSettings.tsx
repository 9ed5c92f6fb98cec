import { FONT_LABELS, THEME_LABELS } from '@/components/appearance/appearance-labels';
import { FONT_STACKS } from '@/components/appearance/font-stacks';
import { t } from '@/components/i18n/translate';
import {
  CONTENT_WIDTH,
  FONT_FAMILIES,
  FONT_SIZE,
  LINE_HEIGHT,
  THEMES,
  type ReaderPreferences,
} from '@/settings/reader-preferences';
import { RangeField } from '@/components/RangeField';
import { HighlightSetting } from './HighlightSetting';

interface AppearanceSettingsProps {
  preferences: ReaderPreferences;
  onChange: <K extends keyof ReaderPreferences>(key: K, value: ReaderPreferences[K]) => void;
  /** Says something in the page's status region (the highlight setting saves itself). */
  announce: (message: string) => void;
}

export function AppearanceSettings({ preferences, onChange, announce }: AppearanceSettingsProps) {
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('optionsAppearanceHeading')}</h2>
      <fieldset>
        <legend>{t('optionsTheme')}</legend>
        <div class="choices">
          {THEMES.map((theme) => (
            <label key={theme}>
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={preferences.theme === theme}
                onChange={() => onChange('theme', theme)}
              />
              {t(THEME_LABELS[theme])}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('optionsFont')}</legend>
        <div class="choices">
          {FONT_FAMILIES.map((font) => (
            <label key={font} style={{ fontFamily: FONT_STACKS[font] }}>
              <input
                type="radio"
                name="font"
                value={font}
                checked={preferences.fontFamily === font}
                onChange={() => onChange('fontFamily', font)}
              />
              {t(FONT_LABELS[font])}
            </label>
          ))}
        </div>
      </fieldset>
      <HighlightSetting announce={announce} />
      <RangeField
        class="field lector-range-field"
        id="font-size"
        label={t('optionsFontSize')}
        range={FONT_SIZE}
        value={preferences.fontSize}
        onChange={(value) => onChange('fontSize', value)}
      />
      <RangeField
        class="field lector-range-field"
        id="line-height"
        label={t('optionsLineHeight')}
        range={LINE_HEIGHT}
        value={preferences.lineHeight}
        format={(value) => value.toFixed(1)}
        onChange={(value) => onChange('lineHeight', value)}
      />
      <RangeField
        class="field lector-range-field"
        id="content-width"
        label={t('optionsContentWidth')}
        range={CONTENT_WIDTH}
        value={preferences.contentWidth}
        onChange={(value) => onChange('contentWidth', value)}
      />
      <div
        class="preview"
        role="group"
        aria-label={t('optionsPreview')}
        data-theme={preferences.theme}
        style={{
          '--preview-font': FONT_STACKS[preferences.fontFamily],
          '--preview-size': `${preferences.fontSize}px`,
          '--preview-line-height': String(preferences.lineHeight),
          '--preview-measure': `${preferences.contentWidth}ch`,
        }}
      >
        <p>{t('optionsPreviewText')}</p>
      </div>
    </section>
  );
}
