/**
 * One article being read: its Narrator (the browser's voices), its reader
 * model, and where they keep things (settings, the reading position). Ended
 * with `end()`, which stops speech and saves the place. The reader in a page
 * and the listening queue's side panel both read through one of these.
 */
import type { Translate } from '../i18n/messages';
import type { ReaderQueueActions } from '../queue/reader-queue-actions';
import { connectMediaKeys } from './media-keys';
import { ReaderModel } from './reader-model';
import type { SleepCarry } from './reader-sleep';
import type { SavedPlace } from './reader-model-state';
import type { Article } from '@/core/model';
import type { LoadedPreferences, PreferenceSaver } from '@/settings/preference-sync';
import { getReadingPosition, saveReadingPosition } from '@/settings/reading-positions';
import { browserSpeechBackend, createNarrator, type VoicePreferences } from '@/speech/index';

/** Saving the place on every sentence would write storage every few seconds; a pause in changes is enough. */
const POSITION_SAVE_DELAY_MS = 2_000;

export interface ReaderSession {
  model: ReaderModel;
  end(): void;
}

export interface SessionOptions {
  article: Article;
  preferences: LoadedPreferences;
  saver: PreferenceSaver;
  t: Translate;
  /** Where the reading position is kept; null: not kept (text the user selected). */
  positionKey: string | null;
  /** No offer to continue: the user said where to start. */
  offerResume: boolean;
  /** A place kept elsewhere (the listening queue's own), offered instead of a saved reading position. */
  resumeFrom?: SavedPlace | null;
  /** Called with the place whenever it is saved (the queue keeps it with the article too). */
  onPlaceSaved?: (place: SavedPlace) => void;
  queue?: ReaderQueueActions | null;
  onArticleEnd?: (sleepStopped: boolean) => void;
  sleepFrom?: SleepCarry | null;
  /** Next/previous track on the media keys: by article in the listening queue's panel (else by paragraph). */
  trackStep?: (direction: 1 | -1) => void;
  onClose: () => void;
}

export async function startSession(options: SessionOptions): Promise<ReaderSession> {
  const { article, preferences, saver, t, positionKey } = options;
  const saved =
    options.resumeFrom !== undefined
      ? options.resumeFrom
      : positionKey && options.offerResume
        ? await getReadingPosition(positionKey).catch(() => null)
        : null;
  const voices = { ...preferences.voicesByLanguage };
  const voicePreferences: VoicePreferences = {
    get: (lang) => voices[lang],
    set: (lang, voiceURI) => {
      voices[lang] = voiceURI;
      saver.saveVoice({ ...voices });
    },
  };
  const backend = browserSpeechBackend(window);
  const narrator = backend
    ? createNarrator({
        ...backend,
        article,
        voicePreferences,
        defaultLang: navigator.language,
        settings: { rate: preferences.rate },
        options: { headingLabel: t('readerHeadingLabel'), imageLabel: t('readerImageLabel'), skipCaptions: !preferences.readCaptions },
      })
    : null;

  let place: SavedPlace | null = null;
  let positionTimer: ReturnType<typeof setTimeout> | null = null;
  const savePlace = () => {
    if (positionTimer !== null) clearTimeout(positionTimer);
    positionTimer = null;
    if (place && positionKey) void saveReadingPosition(positionKey, { ...place, savedAt: Date.now() }).catch(() => undefined);
    if (place) options.onPlaceSaved?.(place);
  };

  const model = new ReaderModel({
    article,
    narrator,
    t,
    appearance: preferences.appearance,
    resumeFrom: saved ? { block: saved.block, sentence: saved.sentence } : null,
    onAppearanceChange: (appearance) => saver.saveAppearance(appearance),
    onRateChange: (rate) => saver.saveRate(rate),
    onPlaceChange: (next) => {
      place = next;
      if (positionTimer !== null) clearTimeout(positionTimer);
      positionTimer = setTimeout(savePlace, POSITION_SAVE_DELAY_MS);
    },
    queue: options.queue,
    onArticleEnd: options.onArticleEnd,
    sleepFrom: options.sleepFrom,
    onClose: options.onClose,
  });
  const stopWatching = saver.watchAppearance((changes) => model.applyAppearance(changes));
  // Headset buttons and media keys, only where there is speech to control.
  const mediaKeys = narrator ? connectMediaKeys(model, { metadata: { title: article.title, site: article.siteName }, trackStep: options.trackStep }) : null;

  return {
    model,
    end() {
      stopWatching();
      mediaKeys?.dispose();
      // Only a place the user reached is worth offering next time.
      if (model.state.engaged) savePlace();
      else if (positionTimer !== null) clearTimeout(positionTimer);
      saver.flush();
      model.dispose();
      narrator?.dispose();
    },
  };
}
