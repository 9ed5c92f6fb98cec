/**
 * The player: play/pause, moves by sentence, paragraph and heading, speed,
 * voice and progress. Every button says what it does now ("Play" / "Pause")
 * and lists its keys in `aria-keyshortcuts`. On a compact screen only the
 * sentence moves, Play and "More" show; the rest (class `lector-secondary`)
 * appears when "More" is pressed (styles/reader-compact.css).
 */
import type { Article } from '../core/model';
import type { NarratorState } from '../speech/index';
import { Icon, type IconName } from './Icon';
import { PlaybackProgress } from './PlaybackProgress';
import { RangeField } from './RangeField';
import { RATE, RATE_SLIDER_MAX } from '../settings/reader-preferences';
import type { ReaderModel } from './reader/reader-model';
import type { MessageKey } from './i18n/translate';
import { SleepTimerPicker } from './SleepTimerPicker';
import { VoicePicker } from './VoicePicker';

export interface PlayerBarProps {
  model: ReaderModel;
  narrator: NarratorState | null;
  article: Article;
}

interface MoveButton {
  icon: IconName;
  /** Shown in the compact bar's first row (the sentence moves), or only behind "More". */
  primary?: boolean;
  label: MessageKey;
  keys: string;
  action: (model: ReaderModel) => void;
}

const BACK: MoveButton[] = [
  { icon: 'headingBack', label: 'readerPreviousHeading', keys: 'Shift+H Alt+Shift+G', action: (m) => m.moveToHeading(-1) },
  { icon: 'paragraphBack', label: 'readerPreviousParagraph', keys: 'Control+ArrowLeft Alt+Shift+BracketLeft', action: (m) => m.move('paragraph', -1) },
  { icon: 'sentenceBack', primary: true, label: 'readerPreviousSentence', keys: 'ArrowLeft Alt+Shift+Comma', action: (m) => m.move('sentence', -1) },
];

const FORWARD: MoveButton[] = [
  { icon: 'sentenceForward', primary: true, label: 'readerNextSentence', keys: 'ArrowRight Alt+Shift+Period', action: (m) => m.move('sentence', 1) },
  { icon: 'paragraphForward', label: 'readerNextParagraph', keys: 'Control+ArrowRight Alt+Shift+BracketRight', action: (m) => m.move('paragraph', 1) },
  { icon: 'headingForward', label: 'readerNextHeading', keys: 'H Alt+Shift+H', action: (m) => m.moveToHeading(1) },
];

export function PlayerBar({ model, narrator, article }: PlayerBarProps) {
  const { t } = model;
  const menuOpen = model.state.menuOpen;
  const playing = narrator?.status === 'playing' || narrator?.status === 'loading-voices';
  const moveButton = (button: MoveButton) => (
    <button
      key={button.label}
      type="button"
      class={`lector-button lector-icon-button lector-directional${button.primary ? '' : ' lector-secondary'}`}
      aria-label={t(button.label)}
      title={t(button.label)}
      aria-keyshortcuts={button.keys}
      onClick={() => button.action(model)}
    >
      <Icon name={button.icon} />
    </button>
  );
  return (
    <div class="lector-player" role="group" aria-label={t('readerPlayer')}>
      <div class="lector-transport">
        {BACK.map(moveButton)}
        <button
          type="button"
          class="lector-button lector-play"
          aria-keyshortcuts="Space K Alt+Shift+K"
          onClick={() => model.togglePlay()}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span class="lector-play-label">{playing ? t('readerPause') : t('readerPlay')}</span>
        </button>
        {FORWARD.map(moveButton)}
        <button
          type="button"
          class="lector-button lector-icon-button lector-more-toggle"
          aria-label={t('readerMore')}
          title={t('readerMore')}
          aria-expanded={menuOpen}
          data-opens="lector-more"
          onClick={() => model.toggleMenu()}
        >
          <Icon name="more" />
        </button>
      </div>
      <div class="lector-secondary">
        <PlaybackProgress t={t} narrator={narrator} />
      </div>
      {narrator ? (
        <div class="lector-voice-controls lector-secondary">
          <RangeField
            class="lector-field lector-speed"
            id="lector-speed"
            label={t('readerSpeed')}
            range={RATE}
            exact={{ sliderMax: RATE_SLIDER_MAX, label: t('readerSpeedExact', [String(RATE.min), String(RATE.max)]), unit: '×' }}
            value={narrator.settings.rate}
            format={(rate) => t('readerSpeedValue', [rate.toFixed(1)])}
            onChange={(rate) => model.setRate(rate)}
          />
          <VoicePicker t={t} narrator={narrator} lang={article.lang} onChoose={(uri) => model.setVoice(uri)} />
          <SleepTimerPicker t={t} choice={model.state.sleep} onChoose={(choice) => model.setSleepTimer(choice)} />
        </div>
      ) : null}
    </div>
  );
}
