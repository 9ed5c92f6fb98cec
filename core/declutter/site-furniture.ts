import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';
import { inRunningText } from './support/running-text';
import { startsWithPhrase } from './support/signals';

/**
 * "© 2020 Site", "Copyright 2020 Site", and the sign written other ways: "Copyright ⓒ Site"
 * (the circled c of Korean news sites, "c" once normalized) and "Copyright @ 2019 Site".
 */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*\d{4}|copyright\s*(?:c|@)\s)/iu;
const RIGHTS_RESERVED = /(?:^|[.,]\s*|\s)(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten)(?:$|[.,])/iu;

/**
 * Press-release furniture: the "###" or "-30-" end mark, "Media contact:" blocks,
 * "Citation:" / "Journal reference:" / "Story source:" lines of science releases.
 */
const PRESS_RELEASE = /^(?:#{3}|-\s*30\s*-|-\s*(?:ends|fin)\s*-|(?:media|press) (?:contacts?|inquiries)\s*:|contacts? (?:presse|médias?)\s*:|pressekontakt\s*:|contacto de prensa\s*:|contatto stampa\s*:|cite this (?:article|page)\b|citation\s*:|journal reference\s*:|story source\s*:|materials provided by\b)/iu;

/**
 * "Report an error", "Corrections policy", "A version of this article appears
 * in print…", "Media playback is unsupported on your device", press-release
 * boilerplate and "© 2020 Site Inc." lines inside
 * the body: the site's own furniture, which a listener does not need read.
 */
export const siteFurnitureRule = defineClutterRule({
  name: 'site-furniture',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    return findLines(root, context, (el, normalized) => {
      if (context.lexicon.errorReportLabels.has(normalized)) return true;
      if (PRESS_RELEASE.test(normalized)) return context.text(el).length <= 400 && !inRunningText(el);
      if (context.lexicon.noticePhrases.some((phrase) => startsWithPhrase(normalized, phrase))) return context.text(el).length <= 250;
      return (COPYRIGHT.test(normalized) || RIGHTS_RESERVED.test(normalized)) && context.text(el).length <= 200 && !el.closest('figcaption, figure');
    });
  },
});
