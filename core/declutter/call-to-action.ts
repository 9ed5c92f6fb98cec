import { closestWhere, descendantsWhere, named } from '../element-walk';
import { dropNested, findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { inRunningText } from './support/running-text';
import { proseParagraphCount, startsWithPhrase } from './support/signals';

const BOX_TAGS = 'div, aside, section, p, figure, form';

/**
 * Buttons that lead elsewhere ("LEARN MORE", "Book now", "Read more") on a
 * line of their own, and the membership promos they end ("Join the club for
 * training plans… LEARN MORE"), and the product banners a company blog sets
 * between sections (a slogan and "Book a demo"): an offer to the visitor,
 * which a listener hears as a command between two paragraphs.
 */
export const callToActionRule = defineClutterRule({
  name: 'call-to-action',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const buttons = findLines(root, context, (el, normalized) => context.lexicon.callToActionLabels.has(normalized) && isActionable(el, context)).filter(
      (line) => !inRunningText(line),
    );
    const promos = [...root.querySelectorAll(BOX_TAGS)].filter(
      (box) => box !== root && (isMembershipPromo(box, context) || isProductBanner(box, context)),
    );
    return dropNested([...promos, ...buttons]);
  },
});

const isAction = named('a', 'button');
const isLineBlock = named('p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6');

/** A link or a button (or the line around one that says the same). */
function isActionable(el: Element, context: RuleContext): boolean {
  if (closestWhere(el, isAction)) return true;
  return descendantsWhere(el, isAction).some((action) => context.text(action) === context.text(el));
}

/** A short box that opens with a membership call and holds a call-to-action button. */
function isMembershipPromo(box: Element, context: RuleContext): boolean {
  const length = context.text(box).length;
  if (length === 0 || length > 400 || proseParagraphCount(box) > 1) return false;
  if (!context.lexicon.membershipPhrases.some((phrase) => startsWithPhrase(context.normalized(box), phrase))) return false;
  return descendantsWhere(box, isAction).some((action) => context.lexicon.callToActionLabels.has(context.normalized(action)));
}

/** Longest slogan a product banner holds besides its button. */
const BANNER_SLOGAN = 160;
/** Longer than any slogan and button label together (labels are a few words). */
const BANNER_LENGTH = 400;

/**
 * A box that is a slogan or heading and a call-to-action button, nothing else:
 * "Centralize, simplify, and scale your training with Easy LMS!" + "Book a demo".
 * A section of the article with a heading, prose and a "Learn more" link has prose.
 */
function isProductBanner(box: Element, context: RuleContext): boolean {
  // The cached length first: every box on the page is asked, and a slogan plus a button label is far shorter.
  if (context.text(box).length > BANNER_LENGTH || proseParagraphCount(box) > 0) return false;
  const actions = descendantsWhere(box, isAction).filter((action) => context.lexicon.callToActionLabels.has(context.normalized(action)));
  // The button is a line of its own: a link inside a sentence is the writer's.
  if (actions.length !== 1 || inRunningText(actions[0]!)) return false;
  const slogan = context.text(box).length - context.text(actions[0]!).length;
  return slogan > 0 && slogan <= BANNER_SLOGAN && descendantsWhere(box, isLineBlock).length <= 3;
}
