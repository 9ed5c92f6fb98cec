import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '@/core/model';
import { IN_PAGE_EXTRACTOR, IN_PAGE_TEXT_ARTICLE, type InPageTextArticle } from '@/messaging/protocol';
import { textArticleInPage } from './in-page-extraction';

const globals = globalThis as unknown as Record<string, unknown>;
const meta = { title: 'Notes', url: 'https://example.org/notes', lang: 'en', dir: 'ltr' } as const;
const doc = {} as Document;
const made = { kind: 'article', title: 'Notes' } as Article;

/** The background's side: "injecting" leaves the two functions extractor.ts leaves. */
function backgroundInjects(textArticle: InPageTextArticle): ReturnType<typeof vi.fn> {
  const onRequest = vi.fn(() => {
    globals[IN_PAGE_EXTRACTOR] = async () => null;
    globals[IN_PAGE_TEXT_ARTICLE] = textArticle;
    return Promise.resolve(true);
  });
  fakeBrowser.runtime.onMessage.addListener(onRequest);
  return onRequest;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  delete globals[IN_PAGE_EXTRACTOR];
  delete globals[IN_PAGE_TEXT_ARTICLE];
});

describe('textArticleInPage', () => {
  it('asks the background for in-page extraction once, then builds the article there', async () => {
    const build = vi.fn<InPageTextArticle>(() => made);
    const onRequest = backgroundInjects(build);
    expect(await textArticleInPage('One line.\nTwo.', meta, doc)).toBe(made);
    expect(await textArticleInPage('Again.', meta, doc)).toBe(made);
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(build.mock.calls.map(([text]) => text)).toEqual(['One line.\nTwo.', 'Again.']);
  });

  it('is null where the background may not inject', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(false));
    expect(await textArticleInPage('Some text.', meta, doc)).toBeNull();
  });

  it('is null when there is no text to make an article of', async () => {
    backgroundInjects(() => null);
    expect(await textArticleInPage('', meta, doc)).toBeNull();
  });
});
