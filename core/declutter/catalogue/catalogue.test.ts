/**
 * Structural checks of the label catalogues: every list filled, every entry in
 * the normalized form the rules compare against, and no whole-line label that
 * a real article uses as its own heading or one-line paragraph.
 */
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { catalogues } from './index';
import { it as itLabels } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LabelCatalogue } from './types';
import { buildLexicon } from '../support/lexicon';
import { normalizeForMatch } from '../../text';

type ListKey = Exclude<keyof LabelCatalogue, 'lang'>;

const LIST_KEYS: readonly ListKey[] = [
  'adLabels', 'promoKickers', 'promoListHeadings', 'videoKickers', 'sponsoredLabels', 'sponsoredKickers',
  'newsletterPhrases', 'shareWords', 'commentLabels', 'errorReportLabels', 'months',
  'viewCountWords', 'callToActionLabels', 'membershipPhrases', 'commentPolicyPhrases',
  'disclosurePhrases', 'advertisingPitchHeadings',
];

/** Lists a rule matches against a whole line: an entry here removes any line that says exactly that. */
const WHOLE_LINE_KEYS: readonly ListKey[] = [
  'adLabels', 'promoListHeadings', 'sponsoredLabels', 'commentLabels', 'errorReportLabels', 'callToActionLabels',
  'advertisingPitchHeadings',
];

/** Lists matched as the start of a line, before a headline. */
const KICKER_KEYS: readonly ListKey[] = ['promoKickers', 'videoKickers', 'sponsoredKickers'];

/**
 * Lines real articles print on their own: section headings of explainers and
 * papers, editors' notes, one-word answers. Labels of every language apply to
 * every page, so none of these may be a whole-line label in any catalogue.
 */
const ARTICLE_OWN_LINES = [
  'introduction', 'background', 'discussion', 'conclusion', 'conclusions', 'summary', 'analysis', 'context', 'update',
  'updated', 'correction', 'corrections', "editor's note", 'note', 'notes', 'methods', 'results', 'references', 'sources',
  'yes', 'no', 'why', 'the bottom line', "what's next",
  'contexte', 'analyse', 'débat', 'décryptage', 'mise à jour', 'rectificatif', 'oui', 'non', 'pourquoi', 'en bref',
  'introducción', 'contexto', 'conclusión', 'análisis', 'debate', 'actualización', 'corrección', 'fe de errores', 'sí',
  'por qué', 'opinión',
  'einleitung', 'hintergrund', 'fazit', 'diskussion', 'debatte', 'aktualisierung', 'korrektur', 'korrekturhinweis',
  'ja', 'nein', 'warum', 'zusammenfassung', 'quellen',
  'introduzione', 'contesto', 'conclusione', 'conclusioni', 'analisi', 'dibattito', 'aggiornamento', 'correzione',
  'perché', 'riassunto', 'fonti', 'intervista', 'domanda', 'risposta',
  'introdução', 'conclusão', 'análise', 'atualização', 'actualização', 'correção', 'correcção', 'resumo', 'fontes',
  'porquê', 'entrevista', 'pergunta', 'resposta', 'sim', 'não',
  'inleiding', 'achtergrond', 'conclusie', 'analyse', 'discussie', 'correctie', 'rectificatie', 'samenvatting', 'bronnen',
  'waarom', 'interview', 'vraag', 'antwoord', 'ja', 'nee',
];

const BY_LANGUAGE: Record<string, LabelCatalogue> = { en, fr, es, de, it: itLabels, pt, nl };

function wordCount(entry: string): number {
  return entry.split(' ').length;
}

describe('the catalogue registry', () => {
  it('lists English, French, Spanish, German, Italian, Portuguese and Dutch, each once', () => {
    const languages = catalogues.map((c) => c.lang);
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
  });
});

describe.each(Object.entries(BY_LANGUAGE))('the %s catalogue', (lang, catalogue) => {
  it('names its own language as a primary subtag', () => {
    expect(catalogue.lang).toBe(lang);
  });

  it.each(LIST_KEYS)('has a non-empty, duplicate-free %s list', (key) => {
    const list = catalogue[key];
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((entry, index) => list.indexOf(entry) !== index)).toEqual([]);
  });

  it('writes every entry in normalized form (lower case, trimmed, straight quotes, no trailing colon)', () => {
    const wrong = LIST_KEYS.flatMap((key) =>
      catalogue[key].filter((entry) => entry === '' || normalizeForMatch(entry) !== entry).map((entry) => `${key}: "${entry}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no whole-line label that an article prints as its own heading or paragraph', () => {
    const dangerous = WHOLE_LINE_KEYS.flatMap((key) =>
      catalogue[key].filter((entry) => ARTICLE_OWN_LINES.includes(entry)).map((entry) => `${key}: "${entry}"`),
    );
    expect(dangerous).toEqual([]);
  });

  it('keeps labels and kickers short, as labels are', () => {
    const long = [...WHOLE_LINE_KEYS, ...KICKER_KEYS].flatMap((key) =>
      catalogue[key].filter((entry) => wordCount(entry) > (KICKER_KEYS.includes(key) ? 6 : 12)).map((entry) => `${key}: "${entry}"`),
    );
    expect(long).toEqual([]);
  });

  it('starts newsletter calls with at least two words, so one word at the start of a sentence is not enough', () => {
    expect(catalogue.newsletterPhrases.filter((phrase) => wordCount(phrase) < 2)).toEqual([]);
  });

  it('has a name for every month', () => {
    expect(catalogue.months.length).toBeGreaterThanOrEqual(12);
  });
});

describe('dates under video promos, in every language', () => {
  const { datePattern } = buildLexicon([en, fr, es, de, itLabels, pt, nl]);
  it.each([
    'Jan 16, 2020', 'September 3, 2024', 'Sept. 11, 2024',
    '12 mars 2024', '1 février 2023', '15 août 2022', '3 déc. 2021',
    '13 de marzo de 2024', '2 de septiembre de 2023', '9 de dic. de 2022',
    '3. April 2024', '1. März 2023', '24. Dezember 2022', '4. Jänner 2021',
    '12 marzo 2024', '1 settembre 2023', '3 dic 2021',
    '12 de março de 2024', '2 de setembro de 2023', '9 de dez. de 2022',
    '12 maart 2024', '1 oktober 2023', '3 mrt. 2021',
  ])('recognizes "%s"', (date) => {
    expect(datePattern.test(date)).toBe(true);
  });

  it('recognizes none of them without the month catalogues', () => {
    const { datePattern: withoutMonths } = buildLexicon([{ ...en, months: ['january'] }]);
    expect(withoutMonths.test('12 mars 2024')).toBe(false);
    expect(withoutMonths.test('3. April 2024')).toBe(false);
    expect(withoutMonths.test('12 maart 2024')).toBe(false);
  });
});
