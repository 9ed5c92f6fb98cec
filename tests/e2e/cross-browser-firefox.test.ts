/**
 * The Firefox build (`wxt build -b firefox --mode e2e`) in Debian's Firefox ESR:
 * installed as a temporary add-on, it opens the reader on the seed article
 * and closes it without a trace, as the Chrome build does in wiring-reader,
 * and reads aloud with Firefox's own speech (speech-dispatcher voices).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleHtmlCheckScript, EXPECTED_REPORT } from './support/article-html-check';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { ARTIFACTS_DIR, artifactPath, readSeedExpectation, type SeedExpectation } from './support/browser';
import { firefoxActionState, firefoxPlayerState, openReaderInFirefox, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';

/** What the reader looks like from the page, gathered in one round trip. */
interface ReaderState {
  hosts: number;
  role: string | null;
  modal: string | null;
  name: string | null;
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
  focus: { host: boolean; id: string | null };
  overflow: string;
}

const readerState = (page: Page): Promise<ReaderState> =>
  page.evaluate(() => {
    const host = document.querySelector('[data-lector-e2e-host]');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
    const labelId = dialog?.getAttribute('aria-labelledby');
    const rect = dialog?.getBoundingClientRect();
    return {
      hosts: document.querySelectorAll('[data-lector-e2e-host]').length,
      role: dialog?.getAttribute('role') ?? null,
      modal: dialog?.getAttribute('aria-modal') ?? null,
      name: labelId ? (host?.shadowRoot?.getElementById(labelId)?.textContent ?? null) : null,
      text: (dialog?.innerText ?? '').replace(/\s+/g, ' '),
      box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      focus: { host: document.activeElement === host, id: host?.shadowRoot?.activeElement?.id ?? null },
      overflow: getComputedStyle(document.documentElement).overflow,
    };
  });

const pageDom = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

const playerState = firefoxPlayerState;

const speechSkipReason = await realSpeechSkipReason();

let page: Page;
let seed: SeedExpectation;

const session = useFirefoxSession({
  // Before Firefox starts: its speech-dispatcher voices hang without an audio sink.
  beforeLaunch: async () => {
    if (speechSkipReason === null) await ensureAudioSink();
  },
});

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  seed = await readSeedExpectation();
});

beforeEach(async () => {
  page = await session.firefox.browser.newPage();
  await page.goto(`${session.server.origin}/news/seed-article.html`);
  await page.bringToFront();
});

afterEach(async () => {
  await page.close();
});

describe('Firefox build in Firefox ESR', () => {
  it('has host access to the fixture server as a temporary add-on (the e2e manifest asks for it)', async () => {
    const granted = await session.firefox.control.evaluate(async () => {
      const api = (globalThis as ExtensionPageGlobal).browser;
      return (await api.permissions.getAll()).origins ?? [];
    });
    expect(granted).toContain('http://127.0.0.1/*');
  });

  it('gets the shortcut Lector suggests for opening the reader', async () => {
    const commands = await session.firefox.control.evaluate(async () => {
      const api = (globalThis as ExtensionPageGlobal).browser;
      return (await api.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    expect(commands).toContainEqual({ name: 'toggle-reader', shortcut: 'Alt+Shift+L' });
  });

  it('opens the reader on the seed article: a labelled modal dialog with the article and without the clutter', async () => {
    const outcome = await openReaderInFirefox(session.firefox, page);
    expect(outcome).toMatchObject({ shown: 'article', title: seed.title });

    await expect.poll(async () => (await readerState(page)).box?.height ?? 0).toBeGreaterThan(0);
    const state = await readerState(page);
    expect(state).toMatchObject({ hosts: 1, role: 'dialog', modal: 'true', name: seed.title });
    expect(state.box).toEqual({ x: 0, y: 0, width: 1280, height: 900 });
    for (const paragraph of seed.keep) expect(state.text).toContain(paragraph.replace(/\s+/g, ' '));
    for (const clutter of new Set(seed.drop)) expect(state.text).not.toContain(clutter);
    expect(state.focus).toEqual({ host: true, id: 'lector-title' });
    expect(state.overflow).toBe('hidden');

    await page.screenshot({ path: artifactPath('firefox-reader-seed-article.png') });
  });

  it('closes on Escape leaving the page DOM, focus and scroll exactly as they were; a second trigger toggles', async () => {
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.focus('a[rel="author"]');
    const before = await pageDom(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);

    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
    await expect.poll(async () => (await readerState(page)).focus.id).toBe('lector-title');
    expect(await pageDom(page)).not.toBe(before);
    await page.keyboard.press('Escape');

    await expect.poll(async () => (await readerState(page)).hosts).toBe(0);
    expect(await pageDom(page)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('author');

    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
    expect(await openReaderInFirefox(session.firefox, page)).toEqual({ shown: 'closed' });
    expect((await readerState(page)).hosts).toBe(0);
    expect(await pageDom(page)).toBe(before);
  });

  it('reads the page in its extraction frame, even where the page forbids frames, and leaves no frame behind', async () => {
    await page.goto(`${session.server.origin}/e2e/frame-watch.html`);
    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    await expect.poll(async () => (await readerState(page)).text).toContain('Island councillors asked again for a third boat');
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __seen: unknown }).__seen));
    expect(JSON.parse(seen)).toEqual({ added: ['div', 'span'], removed: ['div'], messages: [] });
    const link = await page.evaluate(() =>
      document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('article a')?.getAttribute('href'),
    );
    expect(link).toBe(`${session.server.origin}/timetable/winter`);

    await page.goto(`${session.server.origin}/e2e/strict-csp.html`);
    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article', title: 'Library extends opening hours for exam season', via: 'frame' });
    await expect.poll(async () => (await readerState(page)).text).toContain('The student union welcomed the change');
  });

  it('reads the article in the page where the frame cannot be: a sandboxed page, a page that removes it', async () => {
    for (const query of ['csp-sandbox', 'remove']) {
      await page.goto(`${session.server.origin}/e2e/frame-watch.html?${query}`);
      expect(await openReaderInFirefox(session.firefox, page), query).toMatchObject({
        shown: 'article',
        title: 'Ferry service to the islands resumes after winter storms',
        via: 'in-page',
      });
      await expect.poll(async () => (await readerState(page)).text).toContain('Island councillors asked again for a third boat');
    }
  });

  it("shows the article with Firefox's own HTML sanitizer and Lector's lists", async () => {
    const report = JSON.parse((await page.evaluate(await articleHtmlCheckScript())) as string) as unknown;
    expect(report).toEqual(EXPECTED_REPORT);
  });

  it('says so on the toolbar button on a tab it may not script (about:blank)', async () => {
    const blank = await session.firefox.browser.newPage();
    expect(await openReaderInFirefox(session.firefox, blank)).toMatchObject({ shown: 'unavailable' });
    const action = await firefoxActionState(session.firefox, blank);
    await blank.close();
    expect(action.badge).toBe('!');
    expect(action.title).toBe("Lector can't read this page — click for details");
    expect(action.popup).toMatch(/^moz-extension:\/\/[^/]+\/unavailable\.html\?reason=[a-z-]+&tab=\d+$/);
  });

  it('runs none of a hostile page\'s code in the reader', async () => {
    await page.goto(`${session.server.origin}/e2e/hostile.html`);
    await page.waitForFunction(() => (window as unknown as { __pageLoaded?: boolean }).__pageLoaded === true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const runs = () => page.evaluate(() => JSON.stringify((window as unknown as { __hostileRuns: unknown[] }).__hostileRuns));
    const runsBefore = await runs();
    // The fixture is live: its vectors do run in the page itself.
    expect(JSON.parse(runsBefore).length).toBeGreaterThan(0);

    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
    await expect.poll(async () => (await readerState(page)).text).toContain('The city council voted eight to three');
    // Focus everything focusable in the article, as a keyboard user would, and let images load or fail.
    const dangerous = await page.evaluate(async () => {
      const article = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelector('article.lector-article');
      if (!article) return ['no article'];
      for (const el of article.querySelectorAll<HTMLElement>('a, summary, [tabindex]')) el.focus();
      await new Promise((resolve) => setTimeout(resolve, 800));
      const found: string[] = [];
      for (const el of article.querySelectorAll('*')) {
        if (/^(script|style|iframe|object|embed|form|input|button|link|meta|base)$/i.test(el.localName)) found.push(el.localName);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || attr.name === 'style') found.push(`${el.localName}[${attr.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
        }
      }
      return found;
    });
    expect(dangerous).toEqual([]);
    expect(JSON.parse(await runs())).toEqual(JSON.parse(runsBefore));
  });

  it.skipIf(speechSkipReason !== null)('reads aloud with a real voice, moves on as it speaks, and pauses where it is', async () => {
    // Fast enough to hear several sentences in a short test.
    await session.firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.set({ rate: 2 }));
    try {
      expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
      await expect.poll(async () => (await readerState(page)).focus.id).toBe('lector-title');
      expect((await playerState(page)).sentence).toBe(1);
      await page.keyboard.press('k');
      await expect.poll(async () => (await playerState(page)).play, { timeout: 15_000 }).toBe('Pause');
      // The title is read first: marked as spoken while it is, as sentence 1.
      const titleSpoken = () =>
        page.evaluate(() => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.getElementById('lector-title')?.hasAttribute('data-lector-spoken') ?? false);
      await expect.poll(titleSpoken, { timeout: 30_000 }).toBe(true);
      expect((await playerState(page)).sentence).toBe(1);
      // A real utterance ended and the next began: the place moved by itself.
      await expect.poll(async () => (await playerState(page)).sentence, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);

      await page.keyboard.press('k');
      await expect.poll(async () => (await playerState(page)).play).toBe('Play');
      const at = (await playerState(page)).position;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect((await playerState(page)).position).toBe(at);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await readerState(page)).hosts).toBe(0);
    } finally {
      await session.firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.clear());
    }
  });

  it.skipIf(speechSkipReason !== null)('gives the page a media session naming the article while it reads, and takes it back', async () => {
    // Headless Firefox offers no MPRIS player on D-Bus (tried: none appears while the session plays), so the keys
    // themselves are pressed only in Chromium (overlay-media-keys.test.ts); here, the session Firefox would route them to.
    const mediaSession = () =>
      page.evaluate(() => ({ state: navigator.mediaSession.playbackState, title: navigator.mediaSession.metadata?.title ?? null }));
    await session.firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.set({ rate: 2 }));
    try {
      expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
      await page.keyboard.press('k');
      await expect.poll(mediaSession, { timeout: 30_000 }).toEqual({ state: 'playing', title: seed.title });
      await page.keyboard.press('k');
      await expect.poll(mediaSession).toEqual({ state: 'paused', title: seed.title });
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await readerState(page)).hosts).toBe(0);
      expect(await mediaSession()).toEqual({ state: 'none', title: null });
    } finally {
      await session.firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.clear());
    }
  });

  it('sent nothing towards the internet (every non-local connection goes to a local trap)', () => {
    expect(session.firefox.trap.attempts).toEqual([]);
  });
});
