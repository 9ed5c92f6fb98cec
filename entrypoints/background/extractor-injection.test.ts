/** The background injects in-page extraction only for Lector's own reader, into the document that asked. */
import { describe, expect, it } from 'vitest';
import { answerExtractorRequests } from './extractor-injection';
import { EXTRACTOR_SCRIPT_FILE } from '../../messaging/protocol';

function harness(fails = false) {
  const injected: unknown[] = [];
  const scripting = {
    executeScript: (details: unknown) => {
      injected.push(details);
      return fails ? Promise.reject(new Error('Cannot access contents of the page')) : Promise.resolve([]);
    },
  } as unknown as Parameters<typeof answerExtractorRequests>[0];
  const listener = answerExtractorRequests(scripting, 'lector-id');
  const ask = (message: unknown, sender: Parameters<typeof listener>[1]) =>
    new Promise<boolean | 'ignored'>((done) => {
      if (listener(message, sender, done) === undefined) done('ignored');
    });
  return { injected, ask };
}

describe('in-page extraction on request', () => {
  it("injects the extractor into the asking reader's own document (Chrome gives its id)", async () => {
    const { injected, ask } = harness();
    expect(await ask({ type: 'lector:extractor' }, { id: 'lector-id', tab: { id: 7 }, frameId: 0, documentId: 'DOC-1' })).toBe(true);
    expect(injected).toEqual([{ target: { tabId: 7, documentIds: ['DOC-1'] }, files: [EXTRACTOR_SCRIPT_FILE] }]);
  });

  it('injects into the top frame of the tab where the browser gives no document id (Firefox)', async () => {
    const { injected, ask } = harness();
    expect(await ask({ type: 'lector:extractor' }, { id: 'lector-id', tab: { id: 9 }, frameId: 0 })).toBe(true);
    expect(injected).toEqual([{ target: { tabId: 9, frameIds: [0] }, files: [EXTRACTOR_SCRIPT_FILE] }]);
  });

  it('ignores other messages, senders without a tab (extension pages) and anything but a top frame', async () => {
    const { injected, ask } = harness();
    expect(await ask({ type: 'lector:font', file: 'x' }, { id: 'lector-id', tab: { id: 7 }, frameId: 0 })).toBe('ignored');
    expect(await ask({ type: 'lector:extractor' }, { id: 'lector-id', frameId: 0 })).toBe('ignored');
    // A subframe: the extraction frame itself, or a content script in an iframe of the page.
    expect(await ask({ type: 'lector:extractor' }, { id: 'lector-id', tab: { id: 7 }, frameId: 12 })).toBe('ignored');
    expect(await ask({ type: 'lector:extractor' }, { id: 'lector-id', tab: { id: 7 } })).toBe('ignored');
    expect(injected).toEqual([]);
  });

  it('answers false when the browser refuses the injection', async () => {
    const { ask } = harness(true);
    expect(await ask({ type: 'lector:extractor' }, { id: 'lector-id', tab: { id: 7 }, frameId: 0 })).toBe(false);
  });
});
