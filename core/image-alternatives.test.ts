import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { IMAGE_WITHOUT_SOURCE, settleImageAlternatives } from './image-alternatives';

function settle(fragment: string): { html: string; removed: ReturnType<typeof settleImageAlternatives> } {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${fragment}</div></body></html>`);
  const root = page.document.getElementById('root')!;
  const removed = settleImageAlternatives(root);
  const html = root.innerHTML;
  page.close();
  return { html, removed };
}

const GIF_1X1 = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('settleImageAlternatives', () => {
  it('gives an image without alt its figure caption as alt', () => {
    const { html, removed } = settle('<figure><img src="/ice.jpg"><figcaption> An ice house  in 1890 </figcaption></figure>');
    expect(html).toBe('<figure><img src="/ice.jpg" alt="An ice house in 1890"><figcaption> An ice house  in 1890 </figcaption></figure>');
    expect(removed).toEqual([]);
  });

  it('marks an image without alt and without caption as decorative', () => {
    expect(settle('<p>Text <img src="/a.png"></p>').html).toBe('<p>Text <img src="/a.png" alt=""></p>');
    expect(settle('<figure><img src="/a.png"><figcaption>  </figcaption></figure>').html).toContain('alt=""');
  });

  it('keeps an alt the page gave, even an empty one', () => {
    expect(settle('<figure><img src="/a.png" alt="A map"><figcaption>Caption</figcaption></figure>').html).toContain('alt="A map"');
    expect(settle('<img src="/a.png" alt="">').html).toBe('<img src="/a.png" alt="">');
  });

  it('drops images with nothing to load and reports them', () => {
    const { html, removed } = settle(
      `<p>One <img alt="Chart"> two <img src=" "> three <img src="#"> four <img src="about:blank"> five <img src="${GIF_1X1}" alt="Lazy"></p>`,
    );
    expect(html).toBe('<p>One  two  three  four  five </p>');
    expect(removed).toEqual([
      { rule: IMAGE_WITHOUT_SOURCE, text: 'Chart' },
      { rule: IMAGE_WITHOUT_SOURCE, text: '' },
      { rule: IMAGE_WITHOUT_SOURCE, text: '' },
      { rule: IMAGE_WITHOUT_SOURCE, text: '' },
      { rule: IMAGE_WITHOUT_SOURCE, text: 'Lazy' },
    ]);
  });

  it('keeps images whose source is in srcset or in their <picture>', () => {
    expect(settle('<img srcset="/a-1x.png 1x, /a-2x.png 2x" alt="A">').removed).toEqual([]);
    const { html, removed } = settle('<picture><source srcset="/a.webp" type="image/webp"><img></picture>');
    expect(removed).toEqual([]);
    expect(html).toContain('<img alt="">');
  });

  it('takes away the figure or link an image leaves empty, but not a caption with words', () => {
    expect(settle('<p>Before</p><figure><a href="/big.jpg"><picture><img src=""></picture></a></figure><p>After</p>').html).toBe(
      '<p>Before</p><p>After</p>',
    );
    expect(settle('<figure><img><figcaption>Still worth reading</figcaption></figure>').html).toBe(
      '<figure><figcaption>Still worth reading</figcaption></figure>',
    );
  });

  it('keeps a real picture sent as a data: URL', () => {
    const big = `data:image/png;base64,${'A'.repeat(400)}`;
    expect(settle(`<img src="${big}">`).removed).toEqual([]);
  });
});

describe('in the extraction pipeline', () => {
  it('gives the article alternatives and reports the images dropped', async () => {
    const { extractHtml, PROSE } = await import('../tests/support/dom');
    const result = extractHtml(
      `<!DOCTYPE html><html lang="en"><head><title>Ice</title></head><body><article><h1>Ice</h1>${PROSE.repeat(4)}` +
        '<figure><img src="/ice.jpg"><figcaption>The ice house at Rye</figcaption></figure>' +
        `${PROSE}<p><img src="/decor.png"> <img data-src="" alt="Lost chart"></p>${PROSE.repeat(3)}</article></body></html>`,
    );
    if (result.kind !== 'article') throw new Error(`no article: ${result.code}`);
    expect(result.html).toContain('alt="The ice house at Rye"');
    expect(result.html).toMatch(/<img src="[^"]*decor\.png" alt="">/);
    expect(result.html).not.toContain('Lost chart');
    expect(result.removed).toContainEqual({ rule: 'image-without-source', text: 'Lost chart' });
  });
});
