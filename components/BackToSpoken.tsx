/** Appears once the user scrolls away from the spoken text; brings it (and focus) back. */
import { Icon } from './Icon';
import type { ReaderModel } from './reader/reader-model';
import type { ReaderModelState } from './reader/reader-model-state';

export function BackToSpoken({ model, state }: { model: ReaderModel; state: ReaderModelState }) {
  const status = state.narrator?.status;
  const speaking = status === 'playing' || status === 'paused' || status === 'loading-voices';
  if (state.following || !state.narrator?.segment || !(state.engaged || speaking)) return null;
  return (
    <button type="button" class="lector-button lector-back-to-spoken" onClick={() => model.backToSpoken()}>
      <Icon name="back" />
      <span>{model.t('readerBackToSpoken')}</span>
    </button>
  );
}
