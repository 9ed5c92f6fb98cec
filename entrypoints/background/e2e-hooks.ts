/**
 * Test-only entry points, compiled into the `e2e` build and no other
 * (`import.meta.env.MODE === 'e2e'` is false at build time elsewhere, so the
 * bundler drops this module). Automation can neither click the toolbar button
 * nor press extension shortcuts, so tests call what those triggers call.
 */
import type { QueueAddOutcome, TriggerOutcome } from '@/messaging/protocol';
import type { MenuClickInfo } from './context-menus';

export interface LectorE2E {
  /** Exactly what a toolbar click on that tab does; resolves once the reader or its message shows. */
  open(tabId: number): Promise<TriggerOutcome>;
  /** Exactly what a click on one of Lector's context-menu items does. */
  menuClick(tabId: number, info: MenuClickInfo): Promise<TriggerOutcome | null>;
  /** Exactly what "Add page to listening queue" (menu, toolbar menu, command) does for that tab. */
  addToQueue(tabId: number): Promise<QueueAddOutcome>;
}

export function installE2EHooks(hooks: LectorE2E): void {
  (globalThis as unknown as { lectorE2E: LectorE2E }).lectorE2E = hooks;
}
