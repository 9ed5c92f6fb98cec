/** Theme, font and spacing, applied as they change and saved for next time. */
import {
  CONTENT_WIDTH,
  FONT_FAMILIES,
  FONT_SIZE,
  HIGHLIGHT_MODES,
  LETTER_SPACING,
  LINE_HEIGHT,
  THEMES,
  WORD_SPACING,
  type NumericRange,
} from '../settings/reader-preferences';
import { PanelCloseButton } from './PanelCloseButton';
import { RangeField } from './RangeField';
import type { ReaderModel } from './reader/reader-model';
import { FONT_LABELS, HIGHLIGHT_LABELS, THEME_LABELS } from './appearance/appearance-labels';
import type { ShellAppearance } from './appearance/appearance-style';
import { FONT_STACKS } from './appearance/font-stacks';
import type { MessageKey } from './i18n/translate';

type NumericKey = 'fontSize' | 'lineHeight' | 'contentWidth' | 'letterSpacing' | 'wordSpacing';

const RANGES: Array<{ key: NumericKey; label: MessageKey; range: NumericRange }> = [
  { key: 'fontSize', label: 'optionsFontSize', range: FONT_SIZE },
  { key: 'lineHeight', label: 'optionsLineHeight', range: LINE_HEIGHT },
  { key: 'contentWidth', label: 'optionsContentWidth', range: CONTENT_WIDTH },
  { key: 'letterSpacing', label: 'readerLetterSpacing', range: LETTER_SPACING },
  { key: 'wordSpacing', label: 'readerWordSpacing', range: WORD_SPACING },
];

export interface DisplaySettingsProps {
  id: string;
  model: ReaderModel;
  appearance: ShellAppearance;
}

export function DisplaySettings({ id, model, appearance }: DisplaySettingsProps) {
  const { t } = model;
  return (
    <div id={id} class="lector-display" role="region" aria-labelledby={`${id}-title`}>
      <div class="lector-panel-head">
        <h2 id={`${id}-title`} class="lector-panel-title lector-visually-hidden">
          {t('readerDisplay')}
        </h2>
        <PanelCloseButton model={model} layer="display" name={t('readerDisplay')} />
      </div>
      <fieldset class="lector-choices">
        <legend>{t('optionsTheme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="lector-choice" data-theme-sample={theme}>
            <input
              type="radio"
              name="lector-theme"
              checked={appearance.theme === theme}
              onChange={() => model.setAppearance({ theme })}
            />
            {t(THEME_LABELS[theme])}
          </label>
        ))}
      </fieldset>
      <fieldset class="lector-choices">
        <legend>{t('optionsFont')}</legend>
        {FONT_FAMILIES.map((font) => (
          <label key={font} class="lector-choice" style={{ fontFamily: FONT_STACKS[font] }}>
            <input
              type="radio"
              name="lector-font"
              checked={appearance.fontFamily === font}
              onChange={() => model.setAppearance({ fontFamily: font })}
            />
            {t(FONT_LABELS[font])}
          </label>
        ))}
      </fieldset>
      <fieldset class="lector-choices">
        <legend>{t('readerHighlight')}</legend>
        {HIGHLIGHT_MODES.map((mode) => (
          <label key={mode} class="lector-choice">
            <input
              type="radio"
              name="lector-highlight"
              checked={(appearance.highlight ?? 'word') === mode}
              onChange={() => model.setAppearance({ highlight: mode })}
            />
            {t(HIGHLIGHT_LABELS[mode])}
          </label>
        ))}
      </fieldset>
      <div class="lector-ranges">
        {RANGES.map(({ key, label, range }) => (
          <RangeField
            key={key}
            class="lector-field"
            id={`${id}-${key}`}
            label={t(label)}
            range={range}
            value={appearance[key] ?? range.fallback}
            format={formatValue}
            onChange={(value) => model.setAppearance({ [key]: value })}
          />
        ))}
      </div>
    </div>
  );
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
}
