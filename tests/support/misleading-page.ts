/**
 * Issue 19, attack 5: an article whose markup imitates the reader or hides
 * words that would be spoken. Shared by the Chromium and Firefox tests; the
 * page is generated here, not a corpus page.
 */
const PARAGRAPH =
  'The harbour board met on Tuesday evening and agreed, after a long debate about the cost of dredging the outer channel, that the ferry would keep its winter timetable until the end of March.';

/** Words that must appear nowhere in the reader: hidden text the page would have had spoken. */
export const HIDDEN_WORDS = 'Enter your password to keep listening';

export function misleadingPage(): string {
  const paragraphs = Array.from({ length: 8 }, (_, n) => `<p>${PARAGRAPH} Part ${n + 1}.</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en" data-lector-e2e-frame><head><meta charset="utf-8"><title>Harbour board keeps winter timetable</title></head>
<body><article>
<h1>Harbour board keeps winter timetable</h1>
<p>${PARAGRAPH}<title>${HIDDEN_WORDS}</title></p>
<div role="button" aria-label="Close reader" id="lector-close">${PARAGRAPH} Posing as a control.</div>
<p id="lector-dialog" aria-describedby="lector-play">${PARAGRAPH} With the reader's ids.</p>
<p><svg width="40" height="20"><a href="https://example.invalid/svg"><text x="0" y="15">svg link</text></a></svg> ${PARAGRAPH}</p>
<p><a href="https://example.invalid/plain" aria-label="Close reader" title="Close reader">timetable</a> ${PARAGRAPH}</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" usemap="#m" alt="map"><map name="m"><area href="https://example.invalid/area" shape="rect" coords="0,0,1,1" alt="area link"></map> ${PARAGRAPH}</p>
${paragraphs}
</article></body></html>`;
}

/** What of the attack is left in the reader's article, read in the page (the e2e build's open shadow root). */
export interface MisleadingReport {
  words: number;
  hiddenWordsShown: boolean;
  titles: number;
  imitatingRoles: string[];
  readerNames: string[];
  articleIdsLikeReader: string[];
  linksWithoutRel: string[];
}

export function misleadingReport(hiddenWords: string): MisleadingReport {
  const root = document.querySelector('[data-lector-e2e-host]')?.shadowRoot;
  const article = root?.querySelector('article') ?? null;
  if (!article) throw new Error('no article in the reader');
  const all = [...article.querySelectorAll('*')];
  return {
    words: (article.textContent ?? '').split(/\s+/).filter(Boolean).length,
    hiddenWordsShown: (article.textContent ?? '').includes(hiddenWords),
    titles: article.querySelectorAll('title').length,
    imitatingRoles: all.map((el) => el.getAttribute('role')).filter((role): role is string => role === 'button' || role === 'dialog'),
    // Names on what a user can act on (links, elements with a role): an image may be called anything.
    readerNames: all
      .filter((el) => el.localName === 'a' || el.localName === 'area' || el.hasAttribute('role'))
      .map((el) => el.getAttribute('aria-label') ?? el.getAttribute('title')).filter((name): name is string => /close reader|^play$/i.test(name ?? '')),
    articleIdsLikeReader: all.map((el) => el.id).filter((id) => /^\s*lector/i.test(id) && !/^lector-h-\d+$/.test(id)),
    linksWithoutRel: all
      .filter((el) => el.localName === 'a' || el.localName === 'area')
      .filter((el) => !/noopener/.test(el.getAttribute('rel') ?? '') || !/noreferrer/.test(el.getAttribute('rel') ?? ''))
      .map((el) => `${el.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg:' : ''}${el.localName}`),
  };
}
