import type { Lexicon } from './support/lexicon';
import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';
import { inRunningText } from './support/running-text';

const COUNT = String.raw`\d[\d.,\s]*\s*[km]?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new WeakMap<Lexicon, RegExp>();

/** "2.289 letture", "1,204 views", "Views: 1.2k", "Aufrufe 350": the count before or after its word. */
function counterPattern(lexicon: Lexicon): RegExp {
  let pattern = patterns.get(lexicon);
  if (!pattern) {
    const words = [...lexicon.viewCountWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    pattern = new RegExp(`^(?:${COUNT}\\s*(?:${words})|(?:${words})\\s*:?\\s*${COUNT})$`, 'u');
    patterns.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * A page's view or read counter ("2.289 letture", "1,204 views"): a number
 * about the page, not the story. Only a whole line goes; "the video had 2
 * million views" stays.
 */
export const viewCounterRule = defineClutterRule({
  name: 'view-counter',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const pattern = counterPattern(context.lexicon);
    return findLines(root, context, (el, normalized) => pattern.test(normalized) && !el.closest('table, td, th') && !inRunningText(el));
  },
});
