/**
 * The heavy page of issue 19 in Firefox ESR: 50,000 short "READ MORE" / "Advertisement" paragraphs, about 4.5 MB.
 * Before the frame ran its work stage by stage (core/run-steps.ts), opening the reader on it gave no answer within
 * 170 s and the browser stopped answering automation (the extension's process, which holds the background page
 * and every Lector page, was busy). Now the frame itself says it was too slow, the tab is usable at once, and the
 * next page is read in its frame, and while it is read another tab is read beside it (Readability runs in the
 * frame's worker, entrypoints/extract-frame/off-thread-readability.ts). Served by a server of the test's own: the page is generated, not committed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, serveFixtures, type FixtureServer } from './support/fixture-server';
import { openReaderInFirefox, useFirefoxSession } from './support/firefox';
import { heavyReadMorePage } from '../support/hostile-pages';

const session = useFirefoxSession();

let server: FixtureServer;
let origin = '';

beforeAll(async () => {
  const body = heavyReadMorePage();
  expect(body.length).toBeGreaterThan(4_400_000);
  // Every address on this server is the generated page.
  server = await serveFixtures(FIXTURES_DIR, { generated: () => body });
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

describe('the heavy page in Firefox ESR', () => {
  it('answers "too slow" from the frame, the tab stays usable, and the next page is read in its frame', async () => {
    const { firefox } = session;
    const heavy = await openHeavyPage(firefox.browser.newPage());
    const started = performance.now();
    // Said by the frame (via 'frame'): it stopped its own work. A reader that gave up on a silent frame says 'none'.
    expect(await openReaderInFirefox(firefox, heavy)).toMatchObject({ shown: 'no-article', code: 'frame-timeout', via: 'frame' });
    const heavyMs = performance.now() - started;
    const [added, removed] = await heavy.evaluate(() => (window as unknown as { frameMarks: number[] }).frameMarks);
    const frameMs = removed !== undefined && added !== undefined ? removed - added : NaN;
    // The tab and the page's script answer.
    const answered = performance.now();
    expect(await heavy.evaluate(() => document.title)).toBe('Heavy page');
    const tabMs = performance.now() - answered;

    const other = await firefox.browser.newPage();
    await other.goto(`${session.server.origin}/e2e/frame-watch.html`);
    const otherStarted = performance.now();
    expect(await openReaderInFirefox(firefox, other)).toMatchObject({
      shown: 'article',
      title: 'Ferry service to the islands resumes after winter storms',
      via: 'frame',
    });
    console.info(
      `Firefox heavy page: too slow (frame) after ${Math.round(heavyMs)} ms (frame in the page ${Math.round(frameMs)} ms); tab answered in ${Math.round(tabMs)} ms; next page read in its frame in ${Math.round(performance.now() - otherStarted)} ms`,
    );
    await Promise.all([heavy.close(), other.close()]);
  });

  it("reads another tab in its frame while the heavy page's Readability runs in its worker", async () => {
    const { firefox } = session;
    const heavy = await openHeavyPage(firefox.browser.newPage());
    let heavySettled = false;
    const heavyOutcome = openReaderInFirefox(firefox, heavy).finally(() => (heavySettled = true));
    // The frame host is in the page: the page is being copied to the frame, then read there.
    await expect.poll(() => heavy.evaluate(() => (window as unknown as { frameMarks: number[] }).frameMarks.length), { timeout: 30_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const other = await firefox.browser.newPage();
    await other.goto(`${session.server.origin}/e2e/frame-watch.html`);
    const otherStarted = performance.now();
    expect(await openReaderInFirefox(firefox, other)).toMatchObject({ shown: 'article', via: 'frame' });
    const otherMs = performance.now() - otherStarted;
    expect(heavySettled).toBe(false);
    expect(await heavyOutcome).toMatchObject({ shown: 'no-article', code: 'frame-timeout', via: 'frame' });
    console.info(`Firefox: another tab read in its frame in ${Math.round(otherMs)} ms while the heavy page was being read`);
    await Promise.all([heavy.close(), other.close()]);
  });
});

/**
 * The heavy page, watched: when the reader's frame host comes and goes, by the page's clock. The frame's 10 s budget
 * starts just after it comes, so an answer about 10 s later means the budget stopped the work, not the end of a stage.
 */
async function openHeavyPage(opening: Promise<Page>): Promise<Page> {
  const heavy = await opening;
  await heavy.goto(`${origin}/heavy-page.html`);
  await heavy.evaluate(() => {
    const marks: number[] = [];
    (window as unknown as { frameMarks: number[] }).frameMarks = marks;
    new MutationObserver((records) => {
      for (const record of records) for (const node of [...record.addedNodes, ...record.removedNodes]) if (node.nodeName === 'DIV') marks.push(performance.now());
    }).observe(document.documentElement, { childList: true });
  });
  return heavy;
}
