import { dropNested } from './support/lines';
import { defineClutterRule } from './support/rule';
import { isProse, outermostWithSameText } from './support/signals';
import { wholeLines } from './support/whole-line';

/** Letters and digits only, lower-cased: punctuation and spacing differ between copies of a title. */
function compact(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The title printed again under the title (a headline block Readability kept, a
 * "print title", a share card's heading): the reader shows the title above the
 * article and the Narrator reads it first, so a listener would hear it twice.
 * Only copies before the story's first paragraph go; a later line that
 * repeats the title is the story's own.
 */
export const titleRepeatRule = defineClutterRule({
  name: 'title-repeat',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const titles = new Set(context.titles.map(compact).filter((title) => title.length >= 8));
    if (titles.size === 0) return [];
    const lines = new Set(context.lines());
    const found: Element[] = [];
    // Document order up to the first paragraph of prose: only that far is "under the title".
    const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.localName === 'p' && isProse(node)) break;
      if (!lines.has(node) || node.closest('figure, blockquote, li')) continue;
      if (titles.has(compact(context.text(node)))) found.push(outermostWithSameText(node, root, context.text));
    }
    // Only a whole line: the bold name that opens a definition ("a <b>Hermitian matrix</b> is…") is the sentence's.
    return dropNested(wholeLines(found));
  },
});
