/**
 * The <dialog> around the reader, shared by the article and the no-article
 * views: opened modal, named by the title, the keyboard guard, and the one
 * polite live region.
 *
 * A native <dialog> opened with showModal() makes the rest of the page inert
 * (keyboard and assistive technology stay inside) and sits in the top layer,
 * where no page z-index can cover it.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { READER_TITLE_ID } from './ArticleView';
import type { ReaderCommand } from './reader/key-commands';
import { guardReaderKeys } from './reader/keyboard-guard';
import type { ReaderModel } from './reader/reader-model';
import { innermostLayer, LAYER_IDS, type FocusedPanel, type OpenLayers } from './reader/innermost-layer';
import { runReaderCommand } from './reader/run-reader-command';
import { returnFocus } from './return-focus';
import { appearanceStyle, type ShellAppearance } from './appearance/appearance-style';

// Its own props rather than ReaderShell's: the shell renders the dialog, so the dialog must not import the shell.
export interface ReaderDialogProps {
  /** Language and direction of the browser's UI, for the controls (the article has its own). */
  uiLang?: string;
  uiDir?: 'ltr' | 'rtl';
  onClose: () => void;
  appearance: ShellAppearance;
  announcement: string;
  announcementId: number;
  /** Keys go to the model; without one only Escape does anything. */
  model: ReaderModel | null;
  children: ComponentChildren;
}

/** The <dialog>, its keyboard and its live region, shared by both kinds of content. */
export function ReaderDialog({ appearance, announcement, announcementId, model, uiLang, uiDir, onClose, children }: ReaderDialogProps) {
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  // Opened from the ref, which Preact sets before any layout effect runs: the children's
  // effects (initial focus, scrolling) then work on an open, laid-out dialog.
  const openDialog = (dialog: HTMLDialogElement | null) => {
    dialogRef.current = dialog;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  };
  // The latest props, for a key listener installed once.
  const runRef = useRef<(command: ReaderCommand) => void>(() => undefined);
  runRef.current = (command) => {
    const dialog = dialogRef.current;
    if (command.kind === 'close' && model && dialog) {
      // Escape closes the innermost thing open (a panel, the help, the menu), and the reader only after.
      const layer = innermostLayer(openLayers(model, dialog), focusedPanel(dialog));
      if (layer) {
        model.closeLayer(layer);
        // The help is a modal <dialog>: closing it returns focus to where it was by itself.
        if (layer !== 'help') returnFocus(dialog, layer);
        return;
      }
    }
    if (model) runReaderCommand(model, command);
    else if (command.kind === 'close') onClose();
  };

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const win = dialog?.ownerDocument.defaultView;
    if (!dialog || !win) return;
    return guardReaderKeys({
      window: win,
      dialog,
      run: (command) => runRef.current(command),
      innerDialogOpen: () => model?.state.helpOpen ?? false,
      onScrollKey: () => model?.stopFollowing(),
    });
  }, [model]);

  return (
    <dialog
      ref={openDialog}
      class="lector-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={READER_TITLE_ID}
      lang={uiLang}
      dir={uiDir}
      data-theme={appearance.theme}
      style={appearanceStyle(appearance)}
      onCancel={(event) => {
        // Escape is handled with the other keys; this is any other close request (e.g. Android's back).
        event.preventDefault();
        onClose();
      }}
    >
      {children}
      <p class="lector-visually-hidden" role="status" aria-live="polite">
        {/* A new node per announcement: the same words twice ("No next heading") are still spoken twice. */}
        <span key={announcementId}>{announcement}</span>
      </p>
    </dialog>
  );
}

function openLayers(model: ReaderModel, dialog: HTMLElement): OpenLayers {
  const { helpOpen, displayOpen, contentsOpen, menuOpen } = model.state;
  // The menu counts only while "More" is shown: on a wide screen everything is in the bar and there is no menu.
  const more = dialog.querySelector<HTMLElement>(`[data-opens="${LAYER_IDS.menu}"]`);
  const menuShown = menuOpen && !!more && (typeof more.checkVisibility !== 'function' || more.checkVisibility());
  return { help: helpOpen, display: displayOpen, contents: contentsOpen, menu: menuShown };
}

function focusedPanel(dialog: HTMLElement): FocusedPanel {
  const focused = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (focused?.closest(`#${LAYER_IDS.display}`)) return 'display';
  if (focused?.closest(`#${LAYER_IDS.contents}`)) return 'contents';
  return null;
}
