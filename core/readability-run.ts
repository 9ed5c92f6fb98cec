/**
 * Runs Readability on a document Lector already cloned, with three changes to its
 * behaviour: it keeps class names (the clutter rules read them; the sanitizer
 * drops them after), it marks rather than deletes h1/h2 headings with
 * "negative" class names, so Lector can keep the real section headings among them,
 * and it compares words in every script when it looks for a headline repeating the title.
 */
import { Readability } from '@mozilla/readability';
import { LOW_WEIGHT_ATTRIBUTE, recordHeadingLevels } from './outline';

export interface ReadabilityOutput {
  content: Element;
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  siteName: string | null;
  excerpt: string | null;
  publishedTime: string | null;
}

/** The private members replaced below; pinned to @mozilla/readability 0.6 (see package.json). */
interface ReadabilityInternals {
  _cleanHeaders(root: Element): void;
  _getClassWeight(el: Element): number;
  REGEXPS: Record<string, RegExp>;
}

/**
 * Readability splits words on /\W+/, which counts every letter outside A–Z as a
 * separator: a Hebrew, Russian or Greek headline then never "duplicates" the
 * title, stays in the article, and the listener hears the title twice. Marks
 * (\p{M}) belong to their word: Hindi vowel signs, Thai tone marks, a decomposed "é".
 */
const WORD_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/** `clone` is Lector's own copy of the page (or a worker's parse of it): Readability changes it as it goes. */
export function runReadability(clone: Document): ReadabilityOutput | null {
  recordHeadingLevels(clone);
  const reader = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  const internals = reader as unknown as ReadabilityInternals;
  internals.REGEXPS = { ...internals.REGEXPS, tokenize: WORD_SEPARATORS };
  internals._cleanHeaders = (root: Element) => {
    for (const heading of root.querySelectorAll('h1, h2')) {
      if (internals._getClassWeight(heading) < 0) heading.setAttribute(LOW_WEIGHT_ATTRIBUTE, '');
    }
  };
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    dir: parsed.dir ?? null,
    lang: parsed.lang ?? null,
    siteName: parsed.siteName ?? null,
    excerpt: parsed.excerpt ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
