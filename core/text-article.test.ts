// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockElements, mapBlockText } from '../components/highlight/text-map';
import { articleFromText } from './text-article';

const meta = { title: '  Search results  ', url: 'https://n.example/search', lang: 'en', dir: 'ltr' as const };

describe('articleFromText', () => {
  it('makes one block per line, with sentences, and nothing in the text becomes markup', () => {
    const article = articleFromText('First line. Second sentence.\n\n  <img src=x onerror=alert(1)>  \nLast', meta, document)!;
    expect(article.title).toBe('Search results');
    expect(article.blocks.map((block) => block.text)).toEqual(['First line. Second sentence.', '<img src=x onerror=alert(1)>', 'Last']);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['First line.', 'Second sentence.', '<img src=x onerror=alert(1)>', 'Last']);
    const root = document.createElement('div');
    root.innerHTML = article.html;
    expect(root.querySelector('img')).toBeNull();
    const blocks = blockElements(root);
    for (const block of article.blocks) expect(mapBlockText(blocks.get(block.index)!).text).toBe(block.text);
  });

  it('gives nothing for text that is only whitespace', () => {
    expect(articleFromText(' \n\t \n', meta, document)).toBeNull();
  });
});
