import { allDescendants } from '../element-walk';
import { dropNested } from './support/lines';
import { defineClutterRule } from './support/rule';
import { hasAnyToken, proseParagraphCount } from './support/signals';

/** Class words of blocks a site only prints on paper: its logo, the page's address, "printed from". */
const PRINT_TOKENS = new Set([
  'print-only', 'printonly', 'only-print', 'onlyprint', 'print-header', 'printheader', 'print-logo', 'printlogo',
  'print-footer', 'printfooter', 'visible-print', 'visible-print-block', 'show-for-print', 'print-url', 'printurl',
]);

/**
 * A print-only header ("print header logo" and the page's full address) that
 * a stylesheet hides on screen: a reader sees it, as the parser has no styles,
 * and a listener hears a logo's name and a URL before the story.
 */
export const printOnlyRule = defineClutterRule({
  name: 'print-only',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root) {
    const blocks = allDescendants(root).filter(
      (el) => hasAnyToken(el, PRINT_TOKENS) && (el.textContent ?? '').length <= 400 && proseParagraphCount(el) === 0,
    );
    return dropNested(blocks);
  },
});
