/**
 * Structural measurements the clutter rules share. A rule decides with these
 * and the label catalogues together; none of them alone removes anything.
 */
import { descendantsWhere, firstDescendantWhere, isParagraph, named } from '../../element-walk';
import { collapseWhitespace, linkedTextLength } from '../../text';

const isMedia = named('img', 'picture', 'video', 'audio', 'svg', 'canvas', 'table', 'pre', 'math', 'iframe');
const SENTENCE_END = /[.!?。！？…"”»)]$/u;

const tokenCache = new WeakMap<Element, Set<string>>();

/**
 * Words of an element's class, id and aria-label, split on - _ and camelCase:
 * "c-video__player" → c, video, player. The aria-label counts because sites
 * without class names often still label their widgets ("Newsletter sign-up").
 */
export function nameTokens(el: Element): Set<string> {
  // Rules ask for the same element's tokens many times; class names do not change during extraction.
  const cached = tokenCache.get(el);
  if (cached) return cached;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  const tokens = new Set<string>();
  for (const word of raw.split(/\s+/)) {
    if (!word) continue;
    tokens.add(word.toLowerCase());
    for (const part of word.replace(/([a-z])([A-Z])/g, '$1-$2').split(/[-_:.]+/)) {
      if (part) tokens.add(part.toLowerCase());
    }
  }
  tokenCache.set(el, tokens);
  return tokens;
}

export function hasAnyToken(el: Element, wanted: ReadonlySet<string>): boolean {
  for (const token of nameTokens(el)) if (wanted.has(token)) return true;
  return false;
}

export function hasMedia(el: Element): boolean {
  return isMedia(el) || firstDescendantWhere(el, isMedia) !== null;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = collapseWhitespace(el.textContent ?? '').length;
  if (total === 0) return 0;
  const linked = el.localName === 'a' ? total : linkedTextLength(el);
  return Math.min(1, linked / total);
}

/**
 * Prose a person wrote: long enough to be a sentence or more, ends like one, and
 * is not a list of links. Rules that match on words never remove prose.
 */
export function isProse(el: Element): boolean {
  const text = collapseWhitespace(el.textContent ?? '');
  if (text.length < 120) return false;
  return linkDensity(el) < 0.5 && /[.!?。！？]/u.test(text);
}

/**
 * Sentences outside links: a paragraph dense with inline links (people's
 * names, hovercards) is still prose when enough of its words are not links.
 */
export function hasUnlinkedProse(el: Element): boolean {
  const total = collapseWhitespace(el.textContent ?? '').length;
  return total - linkedTextLength(el) >= 80 && /[.!?。！？]/u.test(el.textContent ?? '');
}

/** Counts paragraphs of prose inside an element, to keep class-name rules off real content. */
export function proseParagraphCount(el: Element): number {
  let count = 0;
  for (const p of descendantsWhere(el, isParagraph)) {
    const text = collapseWhitespace(p.textContent ?? '');
    if (text.length >= 80 && linkDensity(p) < 0.3 && SENTENCE_END.test(text)) count++;
  }
  return count;
}

/** `text` (normalized) is `phrase` or starts with it followed by a word boundary: "subscribe" is not "subscribers". */
export function startsWithPhrase(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && (text.length === phrase.length || /^[\s\p{P}]/u.test(text.slice(phrase.length)));
}

/** A headline or teaser: short and not ended like a sentence. */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && !/[.;]$/.test(t);
}

/** The outermost ancestor (below `root`) whose text is still exactly `el`'s text: wrappers go with it. */
export function outermostWithSameText(
  el: Element,
  root: Element,
  textOf: (el: Element) => string = (node) => collapseWhitespace(node.textContent ?? ''),
): Element {
  const text = textOf(el);
  let current = el;
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (textOf(parent) !== text) break;
    if (hasMedia(parent) && !hasMedia(current)) break;
    current = parent;
  }
  return current;
}

/**
 * A link to another page of the site the article is on: relative, or to the same
 * registrable domain ("video.foxbusiness.com" from "www.foxbusiness.com"). Sites
 * promote their own stories; a link to another site is usually a source.
 * `pageUrl` is the article's address (not the document's: extraction may run on
 * a copy parsed elsewhere).
 */
export function linksWithinSite(a: Element, pageUrl: string | null): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#')) return false;
  const relative = !/^[a-z][a-z\d+.-]*:|^\/\//i.test(href);
  let target: URL;
  let page: URL;
  try {
    page = new URL(pageUrl ?? '');
    target = new URL(href, page);
  } catch {
    return relative; // no usable page address: a relative link still stays on the site
  }
  // This very page ("#post-2" of a live blog, written out in full) is not another story.
  target.hash = '';
  page.hash = '';
  if (target.href === page.href) return false;
  if (relative) return true;
  return /^https?:$/.test(target.protocol) && page.hostname !== '' && siteOf(target.hostname) === siteOf(page.hostname);
}

/**
 * Hosts whose subdomains are different people's sites: alice.github.io and
 * bob.github.io are not one site. (A public-suffix list would be complete; these
 * are the blog and page hosts articles come from.)
 */
const SHARED_HOSTS = [
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com', 'tumblr.com',
  'netlify.app', 'vercel.app', 'pages.dev', 'neocities.org', 'wixsite.com', 'squarespace.com', 'ghost.io',
];

/** The registrable part of a host name, near enough: "news.bbc.co.uk" → "bbc.co.uk", "www.foxnews.com" → "foxnews.com". */
function siteOf(host: string): string {
  const lower = host.toLowerCase();
  const shared = SHARED_HOSTS.find((suffix) => lower.endsWith(`.${suffix}`));
  if (shared) return lower.slice(0, -shared.length - 1).split('.').at(-1) + `.${shared}`;
  const labels = lower.split('.');
  const last = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const keep = labels.length >= 3 && last.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/** Written in capitals: at least `minLetters` capitals and hardly a small letter. Scripts without case never shout. */
export function isShouted(text: string, minLetters: number): boolean {
  const upper = text.match(UPPER)?.length ?? 0;
  return upper >= minLetters && (text.match(LOWER)?.length ?? 0) <= upper / 20;
}

/**
 * An element's child elements. Following sibling links instead of iterating the
 * live `children` collection: in jsdom (the CLI and benchmarks) each step of that
 * iteration re-walks the collection, which made one pass over a long page cost
 * ten times more.
 */
export function childElements(el: Element): Element[] {
  const children: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) children.push(child);
  return children;
}
