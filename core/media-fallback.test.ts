import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from './extract';
import { dropMediaFallbacks } from './media-fallback';
import { PROSE } from '../tests/support/dom';

const body = (html: string) => {
  const page = parseHtml(`<body><div id="root">${html}</div></body>`);
  return { root: page.document.getElementById('root')!, close: () => page.close() };
};

describe('media fallbacks', () => {
  it('drops the fallback text of a video and keeps the player and its sources', () => {
    const { root, close } = body('<video controls src="a.mp4"><source src="a.webm" type="video/webm"><track kind="captions" src="a.vtt">Your browser does not support the video tag.</video>');
    expect(dropMediaFallbacks(root)).toEqual([{ rule: 'media-fallback', text: 'Your browser does not support the video tag.' }]);
    const video = root.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('a.mp4');
    expect([...video.children].map((child) => child.localName)).toEqual(['source', 'track']);
    expect(video.textContent).toBe('');
    close();
  });

  it('drops fallback markup inside audio, in any language', () => {
    const { root, close } = body('<audio controls src="a.mp3"><p>Votre navigateur ne prend pas en charge l’audio. <a href="a.mp3">Télécharger</a></p></audio>');
    expect(dropMediaFallbacks(root).map((removal) => removal.text)).toEqual(['Votre navigateur ne prend pas en charge l’audio. Télécharger']);
    expect(root.querySelector('audio p')).toBeNull();
    close();
  });

  it('spares prose around players and reports nothing for a player without fallback', () => {
    const { root, close } = body('<p>Your browser does not support the video tag, the old site said.</p><video src="a.mp4"></video>');
    expect(dropMediaFallbacks(root)).toEqual([]);
    expect(root.querySelector('p')!.textContent).toContain('the old site said');
    close();
  });

  it('keeps the fallback out of what the reader says, and reports it', () => {
    const page = parseHtml(`<html><body><article><h1>Players</h1>${PROSE}<figure><video src="https://example.com/a.mp4" controls>Your browser does not support the video tag.</video><figcaption>A mountain gorge.</figcaption></figure>${PROSE}</article></body></html>`, 'https://example.com/story');
    const article = extractArticle(page.document, { url: 'https://example.com/story', window: page.window });
    page.close();
    expect(article.kind).toBe('article');
    if (article.kind !== 'article') return;
    expect(article.text).not.toContain('does not support');
    expect(article.text).toContain('A mountain gorge.');
    expect(article.removed).toContainEqual({ rule: 'media-fallback', text: 'Your browser does not support the video tag.' });
  });
});
