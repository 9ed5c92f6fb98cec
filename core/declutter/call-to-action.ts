import { dropNested, findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { inRunningText } from './support/running-text';
import { proseParagraphCount, startsWithPhrase } from './support/signals';

const BOX_TAGS = 'div, aside, section, p, figure, form';

/**
 * Buttons that lead elsewhere ("LEARN MORE", "Book now", "Read more") on a
 * line of their own, and the membership promos they end ("Join the club for
 * training plans… LEARN MORE"): an offer to the visitor, which a listener
 * hears as a command between two paragraphs.
 */
export const callToActionRule = defineClutterRule({
  name: 'call-to-action',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const buttons = findLines(root, context, (el, normalized) => context.lexicon.callToActionLabels.has(normalized) && isActionable(el, context)).filter(
      (line) => !inRunningText(line),
    );
    const promos = [...root.querySelectorAll(BOX_TAGS)].filter((box) => box !== root && isMembershipPromo(box, context));
    return dropNested([...promos, ...buttons]);
  },
});

/** A link or a button (or the line around one that says the same). */
function isActionable(el: Element, context: RuleContext): boolean {
  if (el.closest('a, button')) return true;
  return [...el.querySelectorAll('a, button')].some((action) => context.text(action) === context.text(el));
}

/** A short box that opens with a membership call and holds a call-to-action button. */
function isMembershipPromo(box: Element, context: RuleContext): boolean {
  const length = context.text(box).length;
  if (length === 0 || length > 400 || proseParagraphCount(box) > 1) return false;
  if (!context.lexicon.membershipPhrases.some((phrase) => startsWithPhrase(context.normalized(box), phrase))) return false;
  return [...box.querySelectorAll('a, button')].some((action) => context.lexicon.callToActionLabels.has(context.normalized(action)));
}
