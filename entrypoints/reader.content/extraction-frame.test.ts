// @vitest-environment jsdom
/**
 * The reader's side of the extraction frame, in jsdom with the frame played by
 * the test: what it puts in the page and takes out again on every path (an
 * answer, the page removing it or swapping its root, a second load, closing,
 * a timeout), and the token and origin it sends.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageMarkup } from '../../core/extract-markup';
import type { ExtractResult } from '../../core/model';
import { extractInFrame, FrameError, ReaderClosedError, type FrameTimeouts } from './extraction-frame';

const page: PageMarkup = { html: '<p>x</p>', url: 'https://e.example/a', baseUrl: 'https://e.example/a', isHtml: true };
const address = { url: 'chrome-extension://dynamic-id/extract-frame.html', origin: 'chrome-extension://lector-id' };
const quick: FrameTimeouts = { load: 200, start: 100, finish: 200 };
const article: ExtractResult = { kind: 'no-article', code: 'no-content' };

interface Sent {
  message: { type: string; token: string };
  origin: string;
  port: MessagePort;
}

let frame: HTMLIFrameElement | null;
let sent: Sent[];
const attachShadow = Element.prototype.attachShadow;
const originalRoot = document.documentElement;

beforeEach(() => {
  if (document.documentElement !== originalRoot) document.replaceChild(originalRoot, document.documentElement);
  document.body.innerHTML = '<p>The page.</p>';
  frame = null;
  sent = [];
  // The frame sits in a closed shadow root; the test keeps a way in.
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    const observer = new MutationObserver(() => {
      const found = root.querySelector('iframe');
      if (!found || found === frame) return;
      frame = found;
      Object.defineProperty(found, 'contentWindow', {
        value: { postMessage: (message: Sent['message'], origin: string, [port]: MessagePort[]) => sent.push({ message, origin, port: port! }) },
      });
    });
    observer.observe(root, { childList: true });
    return root;
  };
});

afterEach(() => {
  Element.prototype.attachShadow = attachShadow;
});

const pageDom = () => document.documentElement.outerHTML;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const load = () => frame!.dispatchEvent(new Event('load'));

describe('extraction in the frame, from the page', () => {
  it('adds a hidden div holding the frame, sends the request with the token and origin, the page once the frame has started, and leaves nothing once answered', async () => {
    const before = pageDom();
    const result = extractInFrame(page, address, document, quick);
    await settle();
    const host = document.documentElement.lastElementChild as HTMLElement;
    expect(host.localName).toBe('div');
    expect(host.style.getPropertyValue('display')).toBe('none');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    const [url, token] = frame!.src.split('#');
    expect(url).toBe(address.url);
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    load();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.origin).toBe(address.origin);
    expect(sent[0]!.message).toEqual({ type: 'lector:extract', token });
    // The page moves on the port, and only once the frame has said it is Lector's and listening.
    const onPort: unknown[] = [];
    sent[0]!.port.onmessage = (event) => onPort.push(event.data);
    await settle();
    expect(onPort).toEqual([]);
    sent[0]!.port.postMessage({ type: 'started' });
    await settle();
    expect(onPort).toEqual([{ type: 'page', page }]);
    sent[0]!.port.postMessage({ type: 'result', result: article });
    expect(await result).toEqual(article);
    expect(pageDom()).toBe(before);
  });

  it('loads while the page is still being written, and sends the page once it is written and the frame has started', async () => {
    const before = pageDom();
    let write: (written: PageMarkup) => void = () => undefined;
    const result = extractInFrame(new Promise<PageMarkup>((resolve) => (write = resolve)), address, document, quick);
    await settle();
    load();
    const onPort: unknown[] = [];
    sent[0]!.port.onmessage = (event) => onPort.push(event.data);
    sent[0]!.port.postMessage({ type: 'started' });
    await settle();
    expect(onPort).toEqual([]);
    write(page);
    await settle();
    expect(onPort).toEqual([{ type: 'page', page }]);
    sent[0]!.port.postMessage({ type: 'result', result: article });
    expect(await result).toEqual(article);
    expect(pageDom()).toBe(before);
  });

  it('gives up, sends the frame no page and takes it out when the page could not be written', async () => {
    const before = pageDom();
    let refuse: (error: Error) => void = () => undefined;
    const result = extractInFrame(new Promise<PageMarkup>((_resolve, reject) => (refuse = reject)), address, document, { load: 60_000, start: 60_000, finish: 60_000 });
    await settle();
    load();
    const onPort: unknown[] = [];
    sent[0]!.port.onmessage = (event) => onPort.push(event.data);
    sent[0]!.port.postMessage({ type: 'started' });
    await settle();
    refuse(new Error('not well-formed'));
    await expect(result).rejects.toEqual(new ReaderClosedError());
    await settle();
    expect(onPort).toEqual([{ type: 'cancel' }]);
    expect(pageDom()).toBe(before);
  });

  it('uses a new token for every frame', async () => {
    const first = extractInFrame(page, address, document, quick).catch(() => null);
    await settle();
    const one = frame!.src;
    const second = extractInFrame(page, address, document, quick).catch(() => null);
    await settle();
    expect(frame!.src).not.toBe(one);
    await Promise.all([first, second]);
  });

  it('ignores replies that are not the protocol', async () => {
    const result = extractInFrame(page, address, document, quick);
    await settle();
    load();
    sent[0]!.port.postMessage({ type: 'result', result: { kind: 'script' } });
    sent[0]!.port.postMessage({ type: 'started' });
    sent[0]!.port.postMessage({ type: 'result', result: article });
    expect(await result).toEqual(article);
  });

  it.each([
    ['the page removes it', () => document.documentElement.lastElementChild!.remove()],
    ['the page swaps its root element', () => document.replaceChild(document.createElement('html'), document.documentElement)],
  ])('fails at once, as not loaded, when %s', async (_case, act) => {
    const result = extractInFrame(page, address, document, { load: 60_000, start: 60_000, finish: 60_000 });
    await settle();
    act();
    await expect(result).rejects.toEqual(new FrameError('load'));
  });

  it('fails when the frame loads a second time (the page navigated it), and takes it out', async () => {
    const before = pageDom();
    // Timeouts far away: only the second load can end this quickly.
    const result = extractInFrame(page, address, document, { load: 60_000, start: 60_000, finish: 60_000 });
    await settle();
    load();
    load();
    await expect(result).rejects.toEqual(new FrameError('start'));
    expect(pageDom()).toBe(before);
  });

  const stages: Array<[keyof FrameTimeouts, () => void]> = [
    ['load', () => undefined],
    ['start', () => void load()],
    [
      'finish',
      () => {
        load();
        sent[0]!.port.postMessage({ type: 'started' });
      },
    ],
  ];
  it.each(stages)('gives up at the %s timeout and takes the frame out', async (stage, act) => {
    const before = pageDom();
    const result = extractInFrame(page, address, document, quick);
    await settle();
    act();
    await expect(result).rejects.toEqual(new FrameError(stage));
    expect(pageDom()).toBe(before);
  });

  it('stops and takes the frame out when the reader is closed, and adds nothing if it was closed already', async () => {
    const before = pageDom();
    const closing = new AbortController();
    const result = extractInFrame(page, address, document, quick, closing.signal);
    await settle();
    load();
    closing.abort();
    await expect(result).rejects.toBeInstanceOf(ReaderClosedError);
    expect(pageDom()).toBe(before);

    await expect(extractInFrame(page, address, document, quick, closing.signal)).rejects.toBeInstanceOf(ReaderClosedError);
    expect(pageDom()).toBe(before);
  });
});
