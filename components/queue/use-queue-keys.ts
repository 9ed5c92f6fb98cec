/**
 * The side panel's keyboard. The panel is Lector's own page, so no page can
 * listen first; keys a script dispatches are still ignored (trusted-events.ts).
 * On an article's title in the list: the list's keys (queue-keys.ts), focus
 * following the article moved and going to a neighbour of one removed.
 * Alt+Shift+N / P: next or previous article. Anything else: the reader's keys
 * (key-commands.ts), run as in the reader; Escape only closes the help.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { commandForKey, focusRoleOf } from '../reader/key-commands';
import type { ReaderModel } from '../reader/reader-model';
import { runReaderCommand } from '../reader/run-reader-command';
import { isUserEvent } from '../reader/trusted-events';
import { articleStepForKey, queueKeyAction, type QueueKeyAction } from './queue-keys';
import type { QueuePlayer } from './queue-player';
import { titleButton } from './QueueList';

export function useQueueKeys(root: () => HTMLElement | null, player: QueuePlayer, model: ReaderModel | null): void {
  const modelRef = useRef(model);
  modelRef.current = model;
  useLayoutEffect(() => {
    const win = root()?.ownerDocument.defaultView;
    if (!win) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const panel = root();
      if (!panel || event.isComposing || !isUserEvent(event) || event.defaultPrevented) return;
      const focused = panel.ownerDocument.activeElement;
      const id = focused instanceof HTMLElement ? focused.dataset.queueTitle : undefined;
      const action = id === undefined ? null : queueKeyAction(event);
      if (id !== undefined && action) {
        event.preventDefault();
        void runQueueKey(panel, player, id, action);
        return;
      }
      const step = articleStepForKey(event);
      if (step) {
        event.preventDefault();
        void player.nextArticle(step);
        return;
      }
      const current = modelRef.current;
      const command = current ? commandForKey(event, focusRoleOf(focused)) : null;
      if (!current || !command) return;
      // The panel is not closed from the keyboard here: the browser closes its side panel.
      if (command.kind === 'close' && !current.state.helpOpen) return;
      event.preventDefault();
      runReaderCommand(current, command);
    };
    win.addEventListener('keydown', onKeyDown);
    return () => win.removeEventListener('keydown', onKeyDown);
  }, [player]);
}

/** After the list has re-rendered (Preact renders changes a microtask later). */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

async function runQueueKey(panel: HTMLElement, player: QueuePlayer, id: string, action: QueueKeyAction): Promise<void> {
  const titles = () => [...panel.querySelectorAll<HTMLElement>('[data-queue-title]')];
  const index = titles().findIndex((title) => title.dataset.queueTitle === id);
  switch (action.kind) {
    case 'move':
      await player.move(id, action.direction);
      await rendered();
      // Moving the focused node in the DOM takes focus away from it: give it back.
      titleButton(panel, id)?.focus();
      return;
    case 'remove': {
      // Focus goes to the article that takes its place (or the one before the last), else to the list's heading.
      const all = titles();
      const neighbourId = (all[index + 1] ?? all[index - 1])?.dataset.queueTitle;
      await player.remove(id);
      await rendered();
      const target = neighbourId === undefined ? null : titleButton(panel, neighbourId);
      (target ?? panel.querySelector<HTMLElement>('.lector-queue-heading'))?.focus();
      return;
    }
    case 'toggle-listened': {
      const entry = player.state.entries.find((candidate) => candidate.id === id);
      if (entry) await player.setListened(id, !entry.listened);
      return;
    }
    case 'focus': {
      const all = titles();
      const to = { previous: index - 1, next: index + 1, first: 0, last: all.length - 1 }[action.to];
      all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
      return;
    }
  }
}
