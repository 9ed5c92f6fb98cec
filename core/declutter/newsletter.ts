import { firstDescendantWhere, isTopHeading, named } from '../element-walk';
import { dropNested, findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { hasAnyToken, isProse, proseParagraphCount, startsWithPhrase } from './support/signals';

const SIGNUP_TOKENS = new Set([
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'optin', 'opt-in', 'mailing',
  'mailinglist', 'email-signup', 'app-download', 'app-promo', 'cta', 'nl',
]);
// Not "subscriber" or "paywall": sites wrap the story itself in "subscriber-only" and "paywall-content".

/**
 * "Sign up for our newsletter", subscription boxes and "Download our app":
 * calls to action addressed to the site's visitor, not part of the story.
 */
const isControl = named('a', 'input', 'button');
const isControlOrForm = named('a', 'input', 'button', 'form');
const isFormPart = named('input', 'button', 'form');

export const newsletterRule = defineClutterRule({
  name: 'newsletter',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const calls = findLines(root, context, (el, normalized) => {
      if (!context.lexicon.newsletterPhrases.some((phrase) => startsWithPhrase(normalized, phrase))) return false;
      // A long sentence that happens to start like a call ("Subscribe to the idea that…") is prose.
      return context.text(el).length <= 160 || hasAnyToken(el, SIGNUP_TOKENS) || firstDescendantWhere(el, isControl) !== null;
    }).map((call) => boxAround(call, root, context));
    const named = [...root.querySelectorAll('aside, section, div, form, figure, p')].filter((el) => {
      if (!hasAnyToken(el, SIGNUP_TOKENS)) return false;
      const length = context.text(el).length;
      // A sign-up box is short and has something to act on; its blurb may read like a sentence.
      const actionable = firstDescendantWhere(el, isControlOrForm) !== null;
      if (length <= 400 && actionable && proseParagraphCount(el) <= 1) return true;
      return length <= 600 && proseParagraphCount(el) === 0 && (!isProse(el) || actionable);
    });
    return dropNested([...calls, ...named]);
  },
});

/** The sign-up box a call sits in, when the box holds nothing but the call, a form or a short blurb. */
function boxAround(call: Element, root: Element, context: RuleContext): Element {
  let box = call;
  for (let up = call.parentElement; up && up !== root; up = up.parentElement) {
    const length = context.text(up).length;
    const isBox =
      (length <= 400 && proseParagraphCount(up) === 0 && (hasAnyToken(up, SIGNUP_TOKENS) || firstDescendantWhere(up, isFormPart) !== null)) ||
      (length <= 200 && proseParagraphCount(up) === 0 && !firstDescendantWhere(up, isTopHeading));
    if (!isBox) break;
    box = up;
  }
  return box;
}
