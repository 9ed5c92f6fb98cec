import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { isShouted, linksWithinSite } from './signals';

function linkOn(page: string, href: string): boolean {
  const parsed = parseHtml(`<!DOCTYPE html><html><body><a href="${href}">x</a></body></html>`, page);
  const result = linksWithinSite(parsed.document.querySelector('a')!, parsed.document.URL === 'about:blank' ? null : parsed.document.URL);
  parsed.close();
  return result;
}

describe('linksWithinSite', () => {
  it.each([
    ['https://www.foxnews.com/a', '/b'],
    ['https://www.foxnews.com/a', 'https://video.foxnews.com/v/1'],
    ['https://www.bbc.co.uk/news/a', 'https://news.bbc.co.uk/b'],
    ['https://www.foxnews.com/a', '//www.foxnews.com/b'],
    ['https://alice.github.io/post', 'https://alice.github.io/other-post'],
  ])('on %s, %s is the same site', (page, href) => {
    expect(linkOn(page, href)).toBe(true);
  });

  it.each([
    ['https://www.foxnews.com/a', 'https://www.kshsaa.org/results'],
    ['https://www.bbc.co.uk/news/a', 'https://www.itv.co.uk/b'],
    ['https://www.foxnews.com/a', '#comments'],
    ['https://www.foxnews.com/a', 'mailto:desk@foxnews.com'],
    ['about:blank', 'https://www.foxnews.com/b'],
    // The page itself, with or without a fragment: a live blog's update linking to its own permalink.
    ['https://www.foxnews.com/politics/live-budget', 'https://www.foxnews.com/politics/live-budget#post-2'],
    ['https://www.foxnews.com/politics/live-budget', 'live-budget#post-2'],
    // Shared hosts: different people's sites under one domain.
    ['https://alice.github.io/post', 'https://bob.github.io/rebuttal'],
    ['https://alice.substack.com/p/one', 'https://bob.substack.com/p/two'],
  ])('on %s, %s is not', (page, href) => {
    expect(linkOn(page, href)).toBe(false);
  });
});

describe('isShouted', () => {
  it('knows capitals from ordinary case and from scripts without case', () => {
    expect(isShouted("SEAN SPICER ELIMINATED FROM 'DANCING'", 15)).toBe(true);
    expect(isShouted('ÜBERGRIFF IN KÖLN', 5)).toBe(true);
    expect(isShouted('Sean Spicer eliminated from the show', 5)).toBe(false);
    expect(isShouted('NASA', 5)).toBe(false);
    expect(isShouted('东京奥运会推迟到明年举行', 5)).toBe(false);
  });
});
