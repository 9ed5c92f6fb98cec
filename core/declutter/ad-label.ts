import { allDescendants } from '../element-walk';
import { dropNested, findLines } from './support/lines';
import { defineClutterRule } from './support/rule';
import { hasAnyToken, hasMedia } from './support/signals';

const AD_TOKENS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adcontainer', 'adwrapper',
  'dfp', 'gpt', 'doubleclick', 'adsense', 'adsbygoogle', 'teads', 'ezoic', 'pubad', 'banner-ad', 'adblock',
]);

/**
 * "Advertisement", "Story continues below advertisement": a label left where an
 * ad slot was, plus ad slots that are still there but empty. A listener would
 * hear the label read out in the middle of the story.
 */
export const adLabelRule = defineClutterRule({
  name: 'ad-label',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const labels = findLines(root, context, (_el, normalized) => context.lexicon.adLabels.has(normalized));
    const emptySlots = allDescendants(root).filter(
      // Class names are cached; the media lookup is a selector query, so it comes last.
      (el) => context.text(el) === '' && hasAnyToken(el, AD_TOKENS) && !hasMedia(el),
    );
    return dropNested([...labels, ...emptySlots]);
  },
});
