/**
 * The listening queue's panel for everyone: axe-core (WCAG 2.2 A and AA) finds
 * nothing in any theme, with the list and an article shown; and at 320 × 256
 * CSS px (a 1280 × 1024 window at 400%) nothing scrolls sideways and every
 * control can be reached. Screenshots go to tests/artifacts/queue-panel-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';
import { auditPage } from './support/axe';
import { artifactPath, tabIdOf, useExtensionSession } from './support/browser';
import { openQueuePanel } from './support/queue-panel';
import { pageReflow } from './support/reflow';

const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;
type E2EGlobal = typeof globalThis & { lectorE2E: LectorE2E };

const session = useExtensionSession({ clearStorage: { after: 'all', areas: ['sync', 'local'] } });

async function queueTwo(): Promise<void> {
  const { extension, server } = session;
  for (const fixture of ['queue/river.html', 'queue/lamp.html']) {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/${fixture}`);
    const tabId = await tabIdOf(page);
    const outcome = await extension.serviceWorker.evaluate((id: number) => (globalThis as E2EGlobal).lectorE2E.addToQueue(id), tabId);
    expect(outcome.kind).toMatch(/added|already-queued/);
    await page.close();
  }
}

describe.each(THEMES)('the queue panel in the %s theme', (theme) => {
  it('has no WCAG 2.2 A/AA violations with the list and an article shown', async () => {
    await queueTwo();
    const { extension } = session;
    await extension.serviceWorker.evaluate(async (value: string) => {
      await chrome.storage.sync.set({ theme: value });
      // One article listened to, so that every state of an item is on screen.
      const { listeningQueue } = await chrome.storage.local.get('listeningQueue');
      const queue = listeningQueue as { entries: Array<{ listened: boolean }> };
      queue.entries[0]!.listened = true;
      await chrome.storage.local.set({ listeningQueue: queue });
    }, theme);
    const panel = await openQueuePanel(extension);
    await panel.locator('#lector-title').waitFor();
    expect(await panel.locator('.lector-queue-panel').getAttribute('data-theme')).toBe(theme);
    await panel.screenshot({ path: artifactPath(`queue-panel-${theme}.png`) });
    const { violations, passes } = await auditPage(panel, 'body');
    expect(violations).toEqual([]);
    expect(passes).toBeGreaterThan(10);
    // And with "Remove all" asking its question.
    await panel.getByRole('button', { name: 'Remove all', exact: true }).focus();
    await panel.keyboard.press('Enter');
    await panel.getByRole('group', { name: /^Remove all 2 articles/ }).waitFor();
    expect((await auditPage(panel, 'body')).violations).toEqual([]);
    await panel.keyboard.press('Escape');
    await panel.close();
  });
});

describe('the queue panel at 320 × 256 CSS px', () => {
  it('reflows: nothing scrolls sideways, and every control can be brought into view', async () => {
    await queueTwo();
    const panel = await openQueuePanel(session.extension);
    await panel.setViewportSize({ width: 320, height: 256 });
    await panel.locator('#lector-title').waitFor();
    await panel.screenshot({ path: artifactPath('queue-panel-320.png') });
    const report = await panel.evaluate(pageReflow);
    const layout = await panel.evaluate(() => {
      // Short, the panel scrolls as one page: the list is not a sliver of its own, the player bar stays in view.
      const list = document.querySelector<HTMLElement>('.lector-queue')!;
      const paragraphs = document.querySelectorAll<HTMLElement>('.lector-scroller p');
      paragraphs[paragraphs.length - 1]?.scrollIntoView({ block: 'end' });
      const play = document.querySelector<HTMLElement>('.lector-play')!.getBoundingClientRect();
      return {
        listScrollsAlone: list.scrollHeight > list.clientHeight + 1,
        playInView: play.top >= -1 && play.bottom <= innerHeight + 1,
      };
    });
    expect(layout.listScrollsAlone).toBe(false);
    expect(layout.playInView).toBe(true);
    expect(report.pageWidth).toBeLessThanOrEqual(320);
    expect(report.sideways).toEqual([]);
    expect(report.checked).toBeGreaterThan(5);
    expect(report.unreachable).toEqual([]);
    await panel.close();
  });
});
