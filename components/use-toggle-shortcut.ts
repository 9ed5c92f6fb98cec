import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from '@/messaging/protocol';

/** The browser's own shortcut for opening the reader, as the user set it (null when unset, undefined until known). */
export function useToggleShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      const command = commands.find((candidate) => candidate.name === TOGGLE_COMMAND);
      setShortcut(command?.shortcut ? command.shortcut : null);
    });
  }, []);
  return shortcut;
}
