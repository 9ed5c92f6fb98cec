import { descendantsWhere, firstDescendantWhere, isTopHeading, named } from '../element-walk';
import { dropNested, findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { hasAnyToken, proseParagraphCount, startsWithPhrase } from './support/signals';

const COMMENT_TOKENS = new Set([
  'comments', 'comment', 'comment-list', 'commentlist', 'comments-area', 'disqus', 'respond', 'reply', 'replies',
  'discussion', 'coral', 'talk', 'viafoura', 'livefyre',
]);

/**
 * "Comments", "Join the conversation", "12 comments", comment-policy notices and comment threads that
 * slip past Readability: other people's words, not the article's. Without
 * class names a thread is known by its shape: entries with a "Reply" button or
 * a "Name · date" line, under a comment label.
 */
export const commentsRule = defineClutterRule({
  name: 'comments',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const labels = findLines(root, context, (_el, normalized) => isCommentLabel(normalized, context));
    // "Comments are moderated…", "ATENÇÃO: Comentários … não serão aprovados": the site's rules for commenters.
    const policies = findLines(root, context, (el, normalized) =>
      context.text(el).length <= 400 && context.lexicon.commentPolicyPhrases.some((phrase) => startsWithPhrase(normalized, phrase)),
    );
    const withThreads = labels.flatMap((label) => threadOf(label, root, context));
    const threads = [...root.querySelectorAll('section, div, aside, ol, ul')].filter(
      (el) => hasAnyToken(el, COMMENT_TOKENS) && context.text(el).length <= 4000 && proseParagraphCount(el) <= 3 && !firstDescendantWhere(el, isTitleHeading),
    );
    return dropNested([...withThreads, ...threads, ...policies]);
  },
});

function isCommentLabel(normalized: string, context: RuleContext): boolean {
  if (context.lexicon.commentLabels.has(normalized)) return true;
  const count = /^\d+\s+(.+)$/u.exec(normalized); // "12 comments", "3 commentaires"
  return count !== null && context.lexicon.commentLabels.has(count[1]!);
}

/** The label, plus the thread it heads: its container when everything else in it is comments, else the entries after it. */
function threadOf(label: Element, root: Element, context: RuleContext): Element[] {
  const container = label.parentElement;
  if (container && container !== root) {
    const others = [...container.children].filter((child) => child !== label && context.text(child) !== '');
    if (others.length > 0 && others.every((child) => isCommentEntry(child, context))) return [container];
  }
  const parts = [label];
  for (let next = label.nextElementSibling; next && isCommentEntry(next, context); next = next.nextElementSibling) parts.push(next);
  return parts;
}

const isTitleHeading = named('h1', 'h2');
const isEntryPiece = named('a', 'button', 'span', 'p', 'div', 'time', 'b', 'strong');

/** One comment: short, with a reply/report button or a "Name · date" line. */
function isCommentEntry(el: Element, context: RuleContext): boolean {
  if (context.text(el).length > 1500 || firstDescendantWhere(el, isTopHeading)) return false;
  const pieces = descendantsWhere(el, isEntryPiece);
  const hasReply = pieces.some((piece) => context.lexicon.replyLabels.has(context.normalized(piece)));
  const hasByline = pieces.some((piece) => {
    const text = context.text(piece);
    return text.length <= 80 && /[·|•]/.test(text) && context.lexicon.datePattern.test(text);
  });
  return hasReply || hasByline;
}
