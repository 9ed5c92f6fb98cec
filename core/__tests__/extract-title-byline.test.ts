import { describe, expect, it } from 'vitest';
import { extractHtml, PROSE } from '../../tests/support/dom';
import type { Article } from '../model';

const page = (head: string, header: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><article>${header}${PROSE.repeat(6)}</article></body></html>`;

describe('extractArticle: title and byline presentation', () => {
  it('drops the og:site_name suffix from the title', () => {
    const result = extractHtml(page('<title>Five Ways to Run Faster | The Beachbody Blog</title><meta property="og:site_name" content="Beachbody">', ''));
    expect((result as Article).title).toBe('Five Ways to Run Faster');
  });

  it('splits a date run into the byline off into its own field', () => {
    const result = extractHtml(page('<title>Council vote</title>', '<div class="byline"><span>Carrie Arnold</span><span>November 15</span></div>')) as Article;
    expect(result.byline).toBe('Carrie Arnold');
    expect(result.date).toBe('November 15');
  });
});
