import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';
import { inRunningText } from './support/running-text';

/** Pieces of script or style source: comment marks, CDATA fences, braces. */
const CODE_MARK = /\/\*|\*\/|\/\/|<!--|-->|<!\[cdata\[|\]\]>|[{}]/u;

/**
 * "/*", "]]>" or "{ }" on a line of its own: the source of an inline script or
 * style that a site's markup left as text. It has no words, so a listener hears
 * only punctuation spelt out. Code the article shows is in `pre`/`code`, which
 * this rule never touches.
 */
export const codeResidueRule = defineClutterRule({
  name: 'code-residue',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    return findLines(root, context, (el, normalized) =>
      !/[\p{L}\p{N}]/u.test(normalized) && CODE_MARK.test(normalized) && !el.closest('pre, code, table, kbd, samp') && !el.querySelector('pre, code') && !inRunningText(el),
    );
  },
});
