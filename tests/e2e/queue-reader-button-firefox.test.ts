/**
 * The reader's "Listening queue" button in Firefox ESR. Firefox opens its
 * sidebar (`sidebarAction.open()`) only while handling a user action, and only
 * from an extension page, never from a content script. The reader's button
 * (in the content script) sends a message; the background page calls
 * `sidebarAction.open()` at once in the listener. This test clicks the button
 * with real input and records what Firefox does with that: whether the sidebar
 * opened (the user action carried through the runtime message), and what the
 * reader said: when it cannot open it, where to open it (the toolbar menu, the
 * context menu, a shortcut), never nothing.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FIREFOX_PATH, openReaderInFirefox, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';

const skipReason = existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH}`;

describe.skipIf(skipReason !== null)("the reader's queue button in Firefox ESR", () => {
  const session = useFirefoxSession();

  const readerLive = (page: Page) =>
    page.evaluate(() => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '');
  const sidebarOpen = () =>
    session.firefox.control.evaluate(async () => {
      const api = (globalThis as ExtensionPageGlobal).browser as unknown as { sidebarAction: { isOpen(details: object): Promise<boolean> } };
      return api.sidebarAction.isOpen({});
    });

  it('a real click on "Listening queue" in the reader: the sidebar opens, or the reader says where to open it', async () => {
    const { firefox, server } = session;
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/queue/river.html`);
    expect(await openReaderInFirefox(firefox, page)).toMatchObject({ shown: 'article' });
    const point = async () =>
      page.evaluate(() => {
        const button = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector<HTMLElement>('.lector-queue-open');
        const rect = button?.getBoundingClientRect();
        return rect && rect.width > 0 ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      });
    await expect.poll(point, { timeout: 15_000 }).not.toBeNull();
    expect(await sidebarOpen()).toBe(false);
    const at = (await point())!;
    await page.mouse.click(at.x, at.y);
    // Either outcome is quick: the sidebar opens at once, or the refusal comes back with the message's answer.
    await expect.poll(async () => (await sidebarOpen()) || (await readerLive(page)).length > 0, { timeout: 10_000 }).toBe(true);
    const opened = await sidebarOpen();
    const said = await readerLive(page);
    console.info(`[firefox queue button] sidebar opened: ${opened}; the reader said: "${said}"`);
    // Firefox ESR 153 (2026-12-03): not opened. The user action does not carry through runtime.sendMessage to the
    // background page ("sidebarAction.open may only be called from a user input handler"), so the reader says
    // where to open it. Never a silent failure: one or the other.
    expect(opened ? { opened, said } : { opened, said: said.startsWith('Open the listening queue from') }).toEqual(
      opened ? { opened: true, said: '' } : { opened: false, said: true },
    );
    await page.close();
  }, 90_000);

  it('(the control) a real click in an extension page does open the sidebar here, so the test above can tell', async () => {
    const { firefox } = session;
    const control = firefox.control;
    await control.bringToFront();
    const at = await control.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'Open the sidebar';
      button.style.cssText = 'position:fixed;top:10px;left:10px;z-index:99';
      const api = (globalThis as ExtensionPageGlobal).browser as unknown as { sidebarAction: { open(): Promise<void> } };
      button.addEventListener('click', () => void api.sidebarAction.open());
      document.body.append(button);
      const rect = button.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (await sidebarOpen()) {
      await control.evaluate(() => ((globalThis as ExtensionPageGlobal).browser as unknown as { sidebarAction: { close(): Promise<void> } }).sidebarAction.close());
    }
    await control.mouse.click(at.x, at.y);
    await expect.poll(sidebarOpen, { timeout: 10_000 }).toBe(true);
  }, 60_000);
});
