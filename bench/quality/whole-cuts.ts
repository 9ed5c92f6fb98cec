/**
 * The "never cut inside a sentence" invariant (issue 17, item 2), checked on a
 * real page: every removal is a whole block or a whole line of the page, every
 * sentence of the kept article appears unaltered in the page (or as bare
 * Readability left it: its own cuts are the anchor's, measured apart), and
 * every line Readability kept is either in the article or in `removed` with its rule.
 */
import { parseHtml } from '../../cli/parse-html';
import { withoutEmptiedGroups } from '../../core/declutter/emptied-brackets';
import { clutterRules, type ClutterRule } from '../../core/declutter/index';
import { isRemovableWhole } from '../../core/declutter/support/whole-line';
import { extractArticle } from '../../core/extract';
import type { Article } from '../../core/model';
import { runReadability } from '../../core/readability-run';
import { FORBIDDEN_TAGS } from '../../core/sanitize-policy';
import { BLOCK_TAGS, readableText, walkTree } from '../../core/text';

export type CutViolation =
  /** A rule removed part of a line: words out of running text. */
  | { kind: 'partial-removal'; rule: string; text: string; line: string }
  /** A sentence of the article that is not, as it stands, in the page. */
  | { kind: 'altered-sentence'; text: string }
  /** A line Readability kept that is in neither the article nor `removed`. */
  | { kind: 'unreported'; text: string };

export interface CutCheck {
  article: Article | null;
  violations: CutViolation[];
}

/** Text with every kind of whitespace dropped, so line breaks and spacing never decide a match. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u2060\u3000\ufeff]+/gu, '');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Each rule, wrapped to judge what it is about to remove against the tree it removes it from. */
function watchedRules(rules: readonly ClutterRule[], violations: CutViolation[]): ClutterRule[] {
  return rules.map((rule) => ({
    ...rule,
    find(root, context) {
      const found = rule.find(root, context);
      for (const el of found) {
        // A group of punctuation alone ("[-]" emptied by Readability, core/declutter/emptied-brackets.ts) holds no word to cut.
        if (!isRemovableWhole(el) && WORD_CHARACTER.test(el.textContent ?? '')) {
          violations.push({ kind: 'partial-removal', rule: rule.name, text: readableText(el), line: readableText(lineHolder(el)) });
        }
      }
      return found;
    },
  }));
}

function lineHolder(el: Element): Element {
  let up = el.parentElement ?? el;
  while (up.parentElement && !BLOCK_TAGS.has(up.tagName.toUpperCase())) up = up.parentElement;
  return up;
}

/** Readability's output split into lines: breaks at <br> and at block boundaries; sanitizer-forbidden elements left out. */
function readabilityLines(doc: Document): string[] {
  const parsed = runReadability(doc.cloneNode(true) as Document);
  if (!parsed) return [];
  const forbidden = new Set(FORBIDDEN_TAGS.map((tag) => tag.toUpperCase()));
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (WORD_CHARACTER.test(current)) lines.push(current);
    current = '';
  };
  const breaks = (el: Element) => el.tagName.toUpperCase() === 'BR' || BLOCK_TAGS.has(el.tagName.toUpperCase());
  walkTree(parsed.content, {
    text: (node) => {
      current += node.data;
    },
    enter: (el) => {
      if (forbidden.has(el.tagName.toUpperCase())) return false;
      if (breaks(el)) flush();
      return true;
    },
    leave: (el) => {
      if (breaks(el)) flush();
    },
  });
  flush();
  return lines;
}

export function checkWholeCuts(html: string | Uint8Array, url: string, rules: readonly ClutterRule[] = clutterRules): CutCheck {
  const page = parseHtml(html, url);
  try {
    const violations: CutViolation[] = [];
    const result = extractArticle(page.document, { url, window: page.window, rules: watchedRules(rules, violations) });
    if (result.kind !== 'article') return { article: null, violations };
    const pageText = squeeze(page.document.body?.textContent ?? '');
    const readabilityKept = readabilityLines(page.document);
    // Readability's own changes (it drops a `class="footers"` citation, a formula) are the anchor's, not a rule's:
    // a sentence as Readability left it was not cut by Lector.
    // Its emptied citation brackets ("[-]") go too (emptied-brackets, reported in `removed`): no word goes with them.
    const readabilityText = withoutEmptiedGroups(squeeze(readabilityKept.join('')));
    const removed = result.removed.map((removal) => squeeze(removal.text)).filter((text) => WORD_CHARACTER.test(text));
    // A widget removed from inside a sentence (a hover card after a name) leaves the sentence as the author wrote it.
    let pageWithoutRemoved: string | null = null;
    for (const sentence of result.sentences) {
      const squeezed = squeeze(sentence.text);
      if (pageText.includes(squeezed)) continue;
      pageWithoutRemoved ??= removed.reduce((text, cut) => text.split(cut).join(''), pageText);
      if (!pageWithoutRemoved.includes(squeezed) && !readabilityText.includes(squeezed)) violations.push({ kind: 'altered-sentence', text: sentence.text });
    }
    const kept = squeeze(result.text);
    for (const line of readabilityKept) {
      // What is left of the line once the removals inside it are taken out must be in the article.
      if (kept.includes(squeeze(line))) continue;
      let rest = withoutEmptiedGroups(squeeze(line));
      if (kept.includes(rest)) continue;
      // Blocks Lector split differently (a caption's two sentences as two paragraphs): each sentence on its own.
      if (line.split(/(?<=[.!?])\s+/u).every((piece) => kept.includes(squeeze(piece)))) continue;
      // A whole line inside one removal first: taking out every small cut ("6") before would shred it.
      if (removed.some((cut) => cut.includes(rest))) continue;
      for (const cut of removed) if (rest.includes(cut)) rest = rest.split(cut).join('');
      if (WORD_CHARACTER.test(rest) && !kept.includes(rest) && !removed.some((cut) => cut.includes(rest))) {
        violations.push({ kind: 'unreported', text: line.replace(/\s+/g, ' ').trim() });
      }
    }
    return { article: result, violations };
  } finally {
    page.close();
  }
}
