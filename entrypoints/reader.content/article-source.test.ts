// @vitest-environment jsdom
/**
 * The reader's article source: the extraction frame's answer, in-page
 * extraction where the frame is refused, the answer kept for a reopen on the
 * unchanged page (never a failure), and a code the reader words whatever goes wrong.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import type { PageMarkup } from '../../core/extract-markup';
import type { ExtractResult } from '../../core/model';
import { MAX_MARKUP_LENGTH, PAGE_LIMITS } from '../../core/page-limits';
import { createArticleSource, MAX_REMEMBERED_PAGE_LENGTH } from './article-source';
import { FrameError, ReaderClosedError } from './extraction-frame';
import { markFrameHost } from './frame-host';

const answer: ExtractResult = { kind: 'no-article', code: 'no-content' };
const inPlace: ExtractResult = { kind: 'no-article', code: 'link-list' };

let asked: PageMarkup[];
let reply: () => Promise<ExtractResult>;
let inPageAsked: number;
let inPage: () => Promise<ExtractResult | null>;
/** `small`: the reader's choice (in-page-choice.ts) says the page is read in place first. */
const source = (small = false) =>
  createArticleSource(
    // A first open hands the frame the page while it is still being written out: the frame gets it once written.
    async (page) => {
      asked.push(await page);
      return reply();
    },
    () => {
      inPageAsked += 1;
      return inPage();
    },
    () => small,
  );

beforeEach(() => {
  document.body.innerHTML = '<main><p>The ferry sails again.</p></main>';
  asked = [];
  reply = () => Promise.resolve(answer);
  inPageAsked = 0;
  inPage = () => Promise.resolve(inPlace);
});

describe('the article source', () => {
  it('sends the page as it is: its HTML, address and base, in standards mode', async () => {
    expect(await source().read(document)).toEqual({ result: answer, via: 'frame' });
    expect(asked).toEqual([
      { html: `<!DOCTYPE html>${document.documentElement.outerHTML}`, url: document.URL, baseUrl: document.baseURI, isHtml: true },
    ]);
    expect(inPageAsked).toBe(0);
  });

  it('answers a reopen on the unchanged page without the frame, and asks again once the page changed', async () => {
    const articles = source();
    expect(await articles.read(document)).toEqual({ result: answer, via: 'frame' });
    expect(await articles.read(document)).toEqual({ result: answer, via: 'reused' });
    expect(asked).toHaveLength(1);
    document.querySelector('p')!.textContent = 'The ferry is late.';
    expect((await articles.read(document)).via).toBe('frame');
    expect(asked[1]!.html).toContain('The ferry is late.');
  });

  it('reads the page in place when the frame was refused or removed, and keeps that answer too', async () => {
    const articles = source();
    reply = () => Promise.reject(new FrameError('start'));
    expect(await articles.read(document)).toEqual({ result: inPlace, via: 'in-page' });
    expect(await articles.read(document)).toEqual({ result: inPlace, via: 'reused' });
    expect([asked.length, inPageAsked]).toEqual([1, 1]);
  });

  it('keeps an answer read in place for the page as it was read, not as it was before the frame failed', async () => {
    const articles = source();
    reply = () => {
      document.querySelector('p')!.textContent = 'Changed while the frame failed.';
      return Promise.reject(new FrameError('load'));
    };
    await articles.read(document);
    // The page now is the page that was read in place: reused, not read again.
    expect((await articles.read(document)).via).toBe('reused');
  });

  it('goes straight to reading in place on a sandboxed page (an opaque origin), without the frame', async () => {
    const sandboxed = parseHtml('<!DOCTYPE html><html><body><p>Sandboxed text.</p></body></html>', 'about:blank');
    try {
      const proto = (sandboxed.window as unknown as { Element: { prototype: object } }).Element.prototype;
      Object.defineProperty(proto, 'setHTML', { value: () => undefined, configurable: true });
      expect(sandboxed.window.origin).toBe('null');
      expect(await source().read(sandboxed.document)).toEqual({ result: inPlace, via: 'in-page' });
      expect([asked.length, inPageAsked]).toEqual([0, 1]);
    } finally {
      sandboxed.close();
    }
  });

  it('reads in place a page that cannot be written out (an XHTML page scripts made ill-formed)', async () => {
    const xhtml = document.implementation.createDocument('http://www.w3.org/1999/xhtml', 'html', null);
    xhtml.documentElement.append(xhtml.createElementNS('http://www.w3.org/1999/xhtml', 'body'));
    xhtml.body.append(xhtml.createComment('a--b'));
    expect(() => xhtml.documentElement.outerHTML).toThrow();
    expect(await source().read(xhtml)).toEqual({ result: inPlace, via: 'in-page' });
    expect([asked.length, inPageAsked]).toEqual([0, 1]);
  });

  it('does not keep a page too large to hold on to', async () => {
    const articles = source();
    document.body.append('x'.repeat(MAX_REMEMBERED_PAGE_LENGTH));
    await articles.read(document);
    expect((await articles.read(document)).via).toBe('frame');
    expect(asked).toHaveLength(2);
  });

  it('refuses a page past the limits as too large before copying it for the frame', async () => {
    document.body.append('x'.repeat(PAGE_LIMITS.maxTextLength + 1));
    expect(await source().read(document)).toEqual({ result: { kind: 'no-article', code: 'too-large' }, via: 'none' });
    document.body.replaceChildren(document.createElement('p'));
    document.body.firstElementChild!.setAttribute('data-x', 'y'.repeat(MAX_MARKUP_LENGTH));
    document.body.firstElementChild!.append('The ferry sails again.');
    expect(await source().read(document)).toEqual({ result: { kind: 'no-article', code: 'too-large' }, via: 'none' });
    expect([asked.length, inPageAsked]).toEqual([0, 0]);
  });

  it('starts the frame before the page is written out on a first open, and only after comparing on a later one', async () => {
    const handed: string[] = [];
    const signals: (AbortSignal | undefined)[] = [];
    const articles = createArticleSource(
      async (page, signal) => {
        handed.push(page instanceof Promise ? 'still being written' : 'written');
        signals.push(signal);
        asked.push(await page);
        return answer;
      },
      () => inPage(),
    );
    expect(await articles.read(document)).toEqual({ result: answer, via: 'frame' });
    document.querySelector('p')!.textContent = 'The ferry is late.';
    expect(await articles.read(document)).toEqual({ result: answer, via: 'frame' });
    expect(handed).toEqual(['still being written', 'written']);
    expect(asked[0]!.html).toContain('The ferry sails again.');
    expect(asked[1]!.html).toContain('The ferry is late.');
    expect(signals[0]!.aborted).toBe(false);
  });

  it('leaves its own frame, added while the page is written, out of the copy, so a reopen on the unchanged page reuses the answer', async () => {
    const articles = createArticleSource(
      async (page) => {
        // What extractInFrame does at once: its marked host goes in at the page's root.
        const host = markFrameHost(document.createElement('div'));
        document.documentElement.append(host);
        try {
          asked.push(await page);
        } finally {
          host.remove();
        }
        return answer;
      },
      () => inPage(),
    );
    expect(await articles.read(document)).toEqual({ result: answer, via: 'frame' });
    expect(asked[0]!.html).toBe(`<!DOCTYPE html>${document.documentElement.outerHTML}`);
    expect(await articles.read(document)).toEqual({ result: answer, via: 'reused' });
  });

  it('stops the early frame, and sends it nothing, when the written page is too large or cannot be written', async () => {
    const signals: AbortSignal[] = [];
    const articles = () =>
      createArticleSource(
        async (page, signal) => {
          signals.push(signal!);
          asked.push(await page);
          return answer;
        },
        () => inPage(),
      );
    document.body.firstElementChild!.setAttribute('data-x', 'y'.repeat(MAX_MARKUP_LENGTH));
    expect(await articles().read(document)).toEqual({ result: { kind: 'no-article', code: 'too-large' }, via: 'none' });
    expect(asked).toEqual([]);
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);

    // An XHTML page that scripts made ill-formed cannot be written out: read in place, the early frame stopped.
    const xhtml = new DOMParser().parseFromString('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>', 'application/xhtml+xml');
    Object.defineProperty(xhtml.documentElement, 'outerHTML', { get: () => { throw new Error('not well-formed'); } });
    Object.defineProperty(xhtml, 'contentType', { value: 'text/html' });
    Object.defineProperty(xhtml, 'defaultView', { value: window });
    expect(await articles().read(xhtml)).toEqual({ result: inPlace, via: 'in-page' });
    expect(asked).toEqual([]);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
  });

  it('does not read in place a page the frame was still reading when time ran out', async () => {
    reply = () => Promise.reject(new FrameError('finish'));
    expect(await source().read(document)).toEqual({
      result: { kind: 'no-article', code: 'frame-timeout' },
      via: 'none',
    });
    expect(inPageAsked).toBe(0);
  });

  it('reads nothing more once the reader was closed', async () => {
    const closing = new AbortController();
    reply = () => {
      closing.abort();
      return Promise.reject(new ReaderClosedError());
    };
    expect((await source().read(document, closing.signal)).via).toBe('none');
    expect(inPageAsked).toBe(0);
  });

  it("passes the frame's own reason on when reading in place is refused too, and asks again next time", async () => {
    const articles = source();
    inPage = () => Promise.resolve(null);
    reply = () => Promise.reject(new FrameError('load'));
    expect(await articles.read(document)).toEqual({
      result: { kind: 'no-article', code: 'frame-blocked' },
      via: 'none',
    });
    reply = () => Promise.reject(new Error('port closed'));
    expect((await articles.read(document)).result).toMatchObject({ code: 'error', detail: 'port closed' });
    expect(asked).toHaveLength(2);
    // Asked in place only for the frame that never started.
    expect(inPageAsked).toBe(1);
  });

  it('does not keep an error the frame answered with', async () => {
    const articles = source();
    reply = () => Promise.resolve({ kind: 'no-article', code: 'error', detail: 'boom' });
    await articles.read(document);
    await articles.read(document);
    expect(asked).toHaveLength(2);
  });

  it('tells a browser without an HTML sanitizer why, and never asks the frame', async () => {
    const proto = Element.prototype as Element & { setHTML?: unknown };
    const standIn = proto.setHTML;
    delete proto.setHTML;
    try {
      expect((await source().read(document)).result).toMatchObject({ code: 'no-sanitizer' });
      expect([asked.length, inPageAsked]).toEqual([0, 0]);
    } finally {
      proto.setHTML = standIn;
    }
  });

  it('does not parse an XML page as HTML', async () => {
    const xml = new DOMParser().parseFromString('<rss><channel><title>Feed</title></channel></rss>', 'application/xml');
    await source().read(xml);
    expect(asked[0]).toMatchObject({ html: '', isHtml: false });
  });

  describe('a small page, read in place first (issue #16)', () => {
    it('is read in place without the frame, kept for a reopen, and read in place again once changed', async () => {
      const articles = source(true);
      expect(await articles.read(document)).toEqual({ result: inPlace, via: 'in-page' });
      expect(await articles.read(document)).toEqual({ result: inPlace, via: 'reused' });
      document.querySelector('p')!.textContent = 'The ferry is late.';
      expect(await articles.read(document)).toEqual({ result: inPlace, via: 'in-page' });
      expect([asked.length, inPageAsked]).toEqual([0, 2]);
    });

    it('goes to the frame when the extractor is refused, and is not read in place a second time when the frame fails', async () => {
      inPage = () => Promise.resolve(null);
      expect(await source(true).read(document)).toEqual({ result: answer, via: 'frame' });
      expect([asked.length, inPageAsked]).toEqual([1, 1]);
      reply = () => Promise.reject(new FrameError('load'));
      expect(await source(true).read(document)).toEqual({ result: { kind: 'no-article', code: 'frame-blocked' }, via: 'none' });
      expect([asked.length, inPageAsked]).toEqual([2, 2]);
    });

    it('goes to the frame when the extractor throws', async () => {
      inPage = () => Promise.reject(new Error('no tab'));
      expect(await source(true).read(document)).toEqual({ result: answer, via: 'frame' });
    });

    it('leaves a larger page to the frame', async () => {
      expect(await source(false).read(document)).toEqual({ result: answer, via: 'frame' });
      expect([asked.length, inPageAsked]).toEqual([1, 0]);
    });
  });
});
