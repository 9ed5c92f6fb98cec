import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';

/**
 * Where repeated text is furniture: captions, gallery slides, pull quotes.
 * WordPress's classic editor writes captions as `div.wp-caption > p.wp-caption-text`,
 * not as a figure, on a large share of blogs.
 */
const CAPTION_LIKE = 'figure, figcaption, li, blockquote, aside, .wp-caption, .wp-caption-text';

/**
 * A caption repeated on every slide of a gallery, a pull quote that repeats a
 * sentence of the story: read aloud, the listener hears the same words again.
 * The first occurrence stays; a later identical line goes when either copy is
 * a caption, list item or quote. Two identical paragraphs (a refrain in a
 * poem) both stay.
 */
export const repeatedRule = defineClutterRule({
  name: 'repeated',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const first = new Map<string, Element>();
    return findLines(root, context, (el, normalized) => {
      if (normalized.length < 30) return false;
      // Judge the innermost element holding the text (the figcaption, not its figure).
      if ([...el.children].some((child) => context.text(child) === context.text(el))) return false;
      const earlier = first.get(normalized);
      if (!earlier) {
        first.set(normalized, el);
        return false;
      }
      return el.closest(CAPTION_LIKE) !== null || earlier.closest(CAPTION_LIKE) !== null;
    });
  },
});
