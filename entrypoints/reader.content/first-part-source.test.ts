// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractFromMarkup, type PageMarkup } from '../../core/extract-markup';
import type { ExtractResult } from '../../core/model';
import { PAGE_LIMITS } from '../../core/page-limits';
import { FrameError } from './extraction-frame';
import { readFirstPart } from './first-part-source';

const PROSE = '<p>The harbour committee met on Tuesday and agreed that the repairs to the old pier should begin in spring, before the summer ferries.</p>';

function tooDeepPage(): string {
  document.title = 'Harbour news';
  // Past the depth limit (512), after an article's worth of prose.
  document.body.innerHTML = `<article>${PROSE.repeat(12)}${'<div>'.repeat(600)}Buried${'</div>'.repeat(600)}</article>`;
  return document.documentElement.outerHTML;
}

const frame = (page: PageMarkup) => Promise.resolve(extractFromMarkup(page, window as unknown as Parameters<typeof extractFromMarkup>[1]));

describe('readFirstPart', () => {
  it('sends the frame the beginning of a page it refused whole, as markup of the page, leaving the page as it was', async () => {
    const before = tooDeepPage();
    expect((await frame({ html: before, url: document.URL, baseUrl: document.baseURI, isHtml: true })).kind).toBe('no-article');
    const asked: PageMarkup[] = [];
    const { result, via } = await readFirstPart(document, async (page) => (asked.push(await page), frame(await page)), () => Promise.resolve(null));
    expect(via).toBe('frame');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ url: document.URL, baseUrl: document.baseURI, isHtml: true });
    expect(asked[0]!.html.length).toBeLessThan(before.length);
    expect(result).toMatchObject({ kind: 'article', title: 'Harbour news' });
    expect((result as Extract<ExtractResult, { kind: 'article' }>).text).not.toContain('Buried');
    expect(document.documentElement.outerHTML).toBe(before);
    expect(PAGE_LIMITS.maxDepth).toBeLessThan(600);
  });

  it('reads the copy in the page when the frame is refused, as the page\'s article', async () => {
    tooDeepPage();
    let given: Document | null = null;
    const { result, via } = await readFirstPart(
      document,
      () => Promise.reject(new FrameError('load')),
      (copy) => ((given = copy), Promise.resolve({ kind: 'no-article', code: 'no-content' })),
    );
    expect(via).toBe('in-page');
    expect(result).toEqual({ kind: 'no-article', code: 'no-content' });
    expect(given).not.toBe(document);
    expect(given!.querySelector('base')?.getAttribute('href')).toBe(document.baseURI);
    expect(given!.body.textContent).not.toContain('Buried');
  });

  it('gives the frame\'s own failure when it started and ran out of time', async () => {
    tooDeepPage();
    let inPageAsked = 0;
    const { result, via } = await readFirstPart(document, () => Promise.reject(new FrameError('finish')), () => (inPageAsked++, Promise.resolve(null)));
    expect({ result, via, inPageAsked }).toEqual({ result: { kind: 'no-article', code: 'frame-timeout' }, via: 'none', inPageAsked: 0 });
  });
});
