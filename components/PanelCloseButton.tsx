/** The close button at the top of a panel: on a compact screen panels are sheets over the article. */
import { Icon } from './Icon';
import type { ReaderLayer } from './reader/innermost-layer';
import type { ReaderModel } from './reader/reader-model';
import { returnFocus } from './return-focus';

export interface PanelCloseButtonProps {
  model: ReaderModel;
  layer: ReaderLayer;
  /** The panel's name ("Display"), for "Close Display". */
  name: string;
}

export function PanelCloseButton({ model, layer, name }: PanelCloseButtonProps) {
  const label = model.t('readerClosePanel', [name]);
  return (
    <button
      type="button"
      class="lector-button lector-icon-button lector-panel-close"
      aria-label={label}
      title={label}
      onClick={(event) => {
        const root = event.currentTarget.getRootNode() as ParentNode;
        model.closeLayer(layer);
        returnFocus(root, layer);
      }}
    >
      <Icon name="close" />
    </button>
  );
}
