/**
 * Abbreviations a sentence segmenter must not end a sentence at, by language,
 * and the words that start sentences (to tell "in the U.S. The vote…" from
 * "the U.S. Senate"). Entries are lower case, without the final period; inner
 * periods are kept and inner spaces dropped ("z. B." is `z.b`, "EE. UU." is
 * `ee.uu`). Lists are space-separated strings so a language fits on a screen.
 * "etc.", "usw.", "enz.", "ecc." and "et al." are in no list: before a capital they end the
 * sentence, and before a small letter ICU already keeps the sentence whole.
 */

export interface SentenceAbbreviations {
  /** Never end a sentence: titles and "for example" forms ("Dr.", "z. B.", "p. ex."). */
  titles: string;
  /** End a sentence only when a sentence-starting word follows ("U.S.", "Inc.", "N.M.", "Mio."). */
  ambiguous: string;
  /** Stand before a number ("No. 5", "S. 12", "art. 3") and end no sentence there. */
  beforeNumber: string;
  /** Capitalised words that open sentences: after an ambiguous abbreviation they mean a new sentence. */
  starters: string;
  /** Nouns that follow an ordinal written "12." ("12. März", "19. Jahrhundert"); only German writes ordinals so. */
  ordinalNouns?: string;
}

export const SENTENCE_ABBREVIATIONS: Record<string, SentenceAbbreviations> = {
  en: {
    titles:
      'mr mrs ms messrs dr prof gen maj col lt capt cpt sgt cpl pvt adm cmdr gov sen rep rev hon pres supt insp det ' +
      'atty fr sr jr mt ft lt.-gen maj.-gen brig.-gen lt.-col e.g i.e cf viz vs v approx',
    ambiguous:
      'u.s u.k u.n u.s.a e.u d.c l.a n.y.c a.m p.m inc ltd co corp bros llc plc dept est st ave blvd rd ' +
      'jan feb mar apr jun jul aug sep sept oct nov dec ' +
      // AP state abbreviations, as datelines print them; those that are also words ("Mass.", "Ill.", "Wash.",
      // "Miss.", "Ore.") are left out: a wire credit after them joins anyway, and "…mass. Figure 1…" must not.
      'ala ariz ark calif colo conn fla kan ky md mich minn neb nev n.h n.j n.m ' +
      'n.y n.c n.d okla r.i s.c s.d tenn vt w.va wis wyo',
    beforeNumber: 'no nos fig figs vol vols ch p pp pt art sec hr hrs min mins',
    starters:
      'the a an he she it they we i you his her its their our my this that these those there here but and or so yet ' +
      'then in on at for after before when while as if however meanwhile also still now today yesterday some many ' +
      'most one two no not what who why how where officials police critics',
  },
  fr: {
    titles: 'm mm mme mmes mlle mlles dr pr me mgr p.ex cf vs env',
    ambiguous: 'st ste av bd j.-c apr janv févr avr juil sept oct nov déc é.-u',
    beforeNumber: 'p pp n no art chap vol fig t',
    starters:
      'le la les un une il elle ils elles on nous vous je ce cette ces cet mais et ou donc puis alors en au aux ' +
      'à dans pour depuis selon si quand lors ensuite enfin pourtant cependant aujourd\'hui hier',
  },
  es: {
    titles: 'sr sra sres sras srta dr dra d dña lic ing arq prof gral p.ej vs ud uds ee',
    ambiguous: 'ee.uu uu eeuu s.a s.l cía av avda a.c d.c ene feb abr jun jul ago sept oct nov dic',
    beforeNumber: 'pág págs p núm n art cap vol fig',
    starters:
      'el la los las un una él ella ellos ellas yo nosotros este esta estos estas ese esa pero y o así luego ' +
      'en con para por desde según si cuando mientras además también hoy ayer sin',
  },
  de: {
    titles: 'hr hrn fr dr prof dipl.-ing z.b d.h u.a u.ä o.ä bzw vgl ca evtl ggf inkl bspw sog s.o s.u',
    ambiguous: 'str st jan feb aug sept okt nov dez gmbh mrd mio tsd std min sek jh jhd',
    beforeNumber: 'nr s abs art bd kap',
    starters:
      'der die das ein eine er sie es wir ich ihr man dies diese dieser dieses aber und oder doch dann danach ' +
      'auch im am in an auf für mit nach seit bei wenn als so heute gestern zudem allerdings',
    ordinalNouns:
      'januar jänner februar märz april mai juni juli august september oktober november dezember jahrhundert ' +
      'jahrtausend mal platz rang stock stockwerk etage klasse runde spieltag geburtstag jahrestag todestag lebensjahr ' +
      'minute liga bundesliga tag woche monat quartal kapitel artikel absatz auflage ausgabe weltkrieg parteitag',
  },
  it: {
    titles: 'sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch on sen geom rag mons p.es cfr',
    ambiguous: 's.p.a s.r.l usa gen feb mar apr mag giu lug ago sett ott nov dic',
    beforeNumber: 'n pag pagg art cap vol fig',
    starters:
      'il lo la i gli le un una uno lui lei loro noi io questo questa quello quella ma e o poi allora in con per ' +
      'da su se quando mentre anche oggi ieri secondo',
  },
  pt: {
    titles: 'sr sra srta dr dra prof profa eng exmo exma v.exa p.ex d',
    ambiguous: 'eua ltda s.a cia av jan fev mar abr mai jun jul ago set out nov dez',
    beforeNumber: 'pág págs p n nº art cap vol fig',
    starters:
      'o a os as um uma ele ela eles elas eu nós este esta isso isto esse essa mas e ou depois então em com para ' +
      'por desde segundo se quando enquanto também hoje ontem',
  },
  nl: {
    titles: 'dhr mevr mr dr drs ir ing prof mw bijv d.w.z o.a m.b.t t.a.v i.p.v z.g.a.n resp ca vs',
    ambiguous: 'bv nv jan feb mrt apr jun jul aug sep sept okt nov dec',
    beforeNumber: 'nr blz p art hfst vol fig',
    starters:
      'de het een hij zij ze het wij we ik jij dit dat deze die maar en of dan daarna ook in op met voor na bij ' +
      'als toen vandaag gisteren volgens',
  },
};

const words = (list: string | undefined): string[] => (list ? list.split(' ').filter(Boolean) : []);

export interface AbbreviationSets {
  titles: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
  starters: ReadonlySet<string>;
  ordinalNouns: ReadonlySet<string>;
}

const cache = new Map<string, AbbreviationSets>();

/**
 * The lists for a page in `lang`, always with English's added (pages quote
 * "U.S." and "Dr." in every language); every language's for an unknown one.
 */
export function abbreviationsFor(lang: string | null): AbbreviationSets {
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  let found = cache.get(primary);
  if (!found) {
    const own = SENTENCE_ABBREVIATIONS[primary];
    const lists = own ? [own, SENTENCE_ABBREVIATIONS.en!] : Object.values(SENTENCE_ABBREVIATIONS);
    const merged = (key: keyof SentenceAbbreviations) => new Set(lists.flatMap((list) => words(list[key])));
    found = {
      titles: merged('titles'),
      ambiguous: merged('ambiguous'),
      beforeNumber: merged('beforeNumber'),
      starters: merged('starters'),
      // German ordinals ("12. März") also appear on pages mislabelled as another language.
      ordinalNouns: new Set(words(SENTENCE_ABBREVIATIONS.de!.ordinalNouns)),
    };
    cache.set(primary, found);
  }
  return found;
}
