import { dropNested, findLines } from './lines';
import type { ClutterRule } from './rule';
import { hasAnyToken, proseParagraphCount } from './signals';

const COMMENT_TOKENS = new Set([
  'comments', 'comment', 'comment-list', 'commentlist', 'comments-area', 'disqus', 'respond', 'reply', 'replies',
  'discussion', 'coral', 'talk', 'viafoura', 'livefyre',
]);

/**
 * "Comments", "Join the conversation", "12 comments" and comment threads that
 * slip past Readability: other people's words, not the article's.
 */
export const commentSections: ClutterRule = {
  name: 'comments',
  reason: 'Comment section or a link to it, not part of the story.',
  languages: ['en', 'fr', 'es', 'de'],
  find(root, context) {
    const labels = findLines(root, context, (_el, normalized) =>
      context.lexicon.commentLabels.has(normalized) || /^\d+\s+\p{L}+$/u.test(normalized) && isCountOfComments(normalized, context.lexicon.commentLabels),
    );
    const threads = [...root.querySelectorAll('section, div, aside, ol, ul')].filter(
      (el) => hasAnyToken(el, COMMENT_TOKENS) && context.text(el).length <= 4000 && proseParagraphCount(el) <= 3 && !containsArticleHeading(el),
    );
    return dropNested([...labels, ...threads]);
  },
};

function isCountOfComments(normalized: string, labels: ReadonlySet<string>): boolean {
  const word = normalized.replace(/^\d+\s+/, '');
  return labels.has(word);
}

function containsArticleHeading(el: Element): boolean {
  return el.querySelector('h1, h2') !== null;
}
