/**
 * `npx tsx bench/quality/snippet-report.ts`: for modern-web-2026's OPEN pages only (never the held-out split),
 * prints each `without` snippet Lector leaks and each `with` snippet Lector loses that bare Readability keeps,
 * with the rules that removed text containing the lost snippet. `LECTOR_PAGES=0246,0391` limits it to those pages. A rule writer's view of the corpus figures.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle } from '../../core/extract';
import { blockText } from './block-text';
import { listCorpusPages, mapPages } from './corpus';
import { containsWords, leakable } from './snippets';

/** `LECTOR_PAGES=0246,0391` looks at those open pages only. */
const only = process.env.LECTOR_PAGES?.split(',').filter(Boolean) ?? [];
const pages = listCorpusPages().filter((page) => page.corpus === 'modern-web' && !page.heldOut && (only.length === 0 || only.includes(page.id)));
let leaked = 0;
let lost = 0;
await mapPages(pages, (page) => {
  const parsed = parseHtml(page.html(), page.url);
  try {
    const bare = new Readability(parsed.document.cloneNode(true) as Document).parse();
    const bareText = bare?.content ? blockText(new parsed.window.DOMParser().parseFromString(bare.content, 'text/html').body) : '';
    const result = extractArticle(parsed.document, { url: page.url, window: parsed.window });
    const text = result.kind === 'article' ? result.text : '';
    const removed = result.kind === 'article' ? result.removed : [];
    for (const snippet of leakable(page.drop)) {
      if (!containsWords(text, snippet)) continue;
      leaked++;
      console.log(`LEAK ${page.id} ${page.url}\n  ${snippet}`);
    }
    for (const snippet of page.keep) {
      if (containsWords(text, snippet) || !containsWords(bareText, snippet)) continue;
      lost++;
      const by = removed.filter((removal) => containsWords(removal.text, snippet)).map((removal) => removal.rule);
      console.log(`LOST ${page.id} ${page.url} (removed by: ${by.join(', ') || 'no rule'})\n  ${snippet}`);
    }
  } finally {
    parsed.close();
  }
});
console.log(`\n${pages.length} open pages: ${leaked} \`without\` leaked, ${lost} \`with\` lost that bare Readability keeps.`);
