import { dropNested, findLines, isPromoLine, matchKicker } from './support/lines';
import { widgetOf } from './support/widget-of';
import { defineClutterRule } from './support/rule';
import { hasAnyToken, hasUnlinkedProse, isProse, proseParagraphCount } from './support/signals';

const PAID_TOKENS = new Set([
  'outbrain', 'ob-widget', 'ob', 'obwidget', 'taboola', 'trc', 'revcontent', 'zergnet', 'nativo', 'sponsored',
  'sponsor', 'promoted', 'paid', 'advertorial', 'dianomi', 'plista', 'ligatus', 'mgid',
]);

/**
 * "Sponsored content" widgets (Outbrain/Taboola style) and "Sponsored: …"
 * links: paid recommendations, which are advertising dressed as headlines.
 */
export const sponsoredRule = defineClutterRule({
  name: 'sponsored',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const labelled = findLines(root, context, (_el, normalized) =>
      context.lexicon.sponsoredLabels.has(normalized),
    ).flatMap((label) => widgetOf(label, root, context));
    const kickerLines = findLines(root, context, (el) =>
      isPromoLine(matchKicker(el, context.text(el), context.lexicon.sponsoredKickers), el),
    );
    const named = [...root.querySelectorAll('aside, section, div, ul, ol, figure')].filter(
      (el) => hasAnyToken(el, PAID_TOKENS) && !isProse(el) && proseParagraphCount(el) === 0 && !hasUnlinkedProse(el),
    );
    return dropNested([...labelled, ...kickerLines, ...named]);
  },
});
