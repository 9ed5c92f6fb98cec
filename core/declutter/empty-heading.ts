import { defineClutterRule } from './support/rule';

const MEDIA = 'img, picture, svg, video, audio, canvas, iframe, math, table';

/**
 * A heading with no words (a spacer `<h2>&nbsp;</h2>`, an anchor target, a
 * heading a script fills): a screen reader's heading keys land on it and find
 * nothing, and the outline gets an empty entry.
 */
export const emptyHeadingRule = defineClutterRule({
  name: 'empty-heading',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
      (heading) => !/[\p{L}\p{N}]/u.test(context.text(heading)) && !heading.querySelector(MEDIA),
    );
  },
});
