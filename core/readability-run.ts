/**
 * Runs Readability on a document Lector already cloned, with two changes to its
 * behaviour: it keeps class names (the clutter rules read them; the sanitizer
 * drops them after), and it marks rather than deletes h1/h2 headings with
 * "negative" class names, so Lector can keep the real section headings among them.
 */
import { Readability } from '@mozilla/readability';
import { LOW_WEIGHT_ATTRIBUTE } from './outline';

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

/** The private methods replaced below; pinned to @mozilla/readability 0.6 (see package.json). */
interface ReadabilityInternals {
  _cleanHeaders(root: Element): void;
  _getClassWeight(el: Element): number;
}

export function runReadability(clone: Document): ReadabilityOutput | null {
  const reader = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  const internals = reader as unknown as ReadabilityInternals;
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
