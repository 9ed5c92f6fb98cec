import { descendantsWhere, named } from '../element-walk';
import { dropNested } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { hasAnyToken, proseParagraphCount } from './support/signals';

const BOX_TAGS = 'div, aside, section, footer, figure';

/** Class or id words of an author box: "single-content-author__about", "author-bio", "c-byline-box". */
const AUTHOR_TOKENS = new Set(['author', 'authors', 'bio', 'biography', 'contributor', 'autor', 'auteur', 'autore', 'autores', 'auteurs', 'writer', 'authorbox', 'authorbio']);

/** A link to the author's page: "/author/jane-doe", "/auteur/…", "/autor/…", "/staff/…". */
const AUTHOR_LINK = /\/(?:authors?|auteurs?|autor(?:es|en)?|autore|autori|staff|contributors?|people|team|redactie|redaktion)\/[^/?#]+/iu;

/**
 * The sentence that opens an author's bio: a name of one to four capitalized words, then "is a", "est
 * journaliste", "ist Redakteurin", "es periodista"… Article prose opens with a name too, which is why the box,
 * its place and its size must also say "bio".
 */
const BIO_OPENING = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s+(?:` +
    [
      String.raw`is (?:a|an|the)\s`, String.raw`(?:writes|reports) (?:about|on|for)\s`, String.raw`covers\s`, String.raw`has (?:been|written)\s`,
      String.raw`est (?:un|une|le|la|journaliste|rédact)`, String.raw`écrit\s`,
      String.raw`es (?:un|una|el|la|periodista|redactor)`, String.raw`escribe\s`,
      String.raw`ist (?:ein|eine|der|die|Redakteur|Journalist|Autor)`, String.raw`schreibt\s`,
      String.raw`è (?:un|una|il|la|giornalista|redattore|redattrice)`, String.raw`scrive\s`,
      String.raw`é (?:um|uma|o|a|jornalista|redator)`, String.raw`escreve\s`,
      String.raw`is (?:een|de|journalist|redacteur)`, String.raw`schrijft\s`,
    ].join('|') +
    ')',
  'u',
);

/** Longer than a bio and its links; an article about a person is longer still. */
const MAX_BIO_LENGTH = 700;

/**
 * The author box after the story: the writer's photo, name and a few lines about them ("Yaren Fadiloglulari is a
 * freelance writer and researcher…"). It is about the site's writer, not the story, and a listener who reached
 * the end hears it as if it were the last paragraph. Fires only on a short box at the end of the article (no
 * prose after it) that is named or linked as the author's and opens a line with a bio sentence.
 */
export const authorBioRule = defineClutterRule({
  name: 'author-bio',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const boxes = [...root.querySelectorAll(BOX_TAGS)].filter((box) => box !== root && isAuthorBox(box, root, context));
    return dropNested(boxes);
  },
});

/** `a[href]` */
const isLinkWithHref = (el: Element) => el.localName === 'a' && el.hasAttribute('href');
const isLineTag = named('p', 'div', 'span');

function isAuthorBox(box: Element, root: Element, context: RuleContext): boolean {
  const length = context.text(box).length;
  if (length === 0 || length > MAX_BIO_LENGTH || proseParagraphCount(box) > 2) return false;
  const named = hasAnyToken(box, AUTHOR_TOKENS) || descendantsWhere(box, isLinkWithHref).some((a) => AUTHOR_LINK.test(a.getAttribute('href') ?? ''));
  if (!named) return false;
  const lines = descendantsWhere(box, isLineTag).filter((el) => el.children.length === 0 || el.tagName.toUpperCase() === 'P');
  if (!lines.some((line) => BIO_OPENING.test(context.text(line)))) return false;
  return !hasProseAfter(box, root);
}

/** Whether a paragraph of prose follows `box` in the article: a bio box sits at the foot. */
function hasProseAfter(box: Element, root: Element): boolean {
  for (let el: Element | null = box; el && el !== root; el = el.parentElement) {
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
      if (proseParagraphCount(next) > 0 || (next.matches('p') && (next.textContent ?? '').trim().length >= 80)) return true;
    }
  }
  return false;
}
