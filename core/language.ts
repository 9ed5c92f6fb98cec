import type { TextDirection } from './model';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff]/gu;

/** The article's language: Readability's, else the page's `lang` or content-language, as a valid BCP 47 tag. */
export function pickLanguage(fromReadability: string | null, doc: Document): string | null {
  // Lazily: the <meta> look-ups walk the document and are rarely needed.
  const candidates = function* () {
    yield fromReadability;
    yield doc.documentElement?.getAttribute('lang');
    yield doc.documentElement?.getAttribute('xml:lang');
    for (const meta of doc.head?.getElementsByTagName('meta') ?? []) {
      if (meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language') yield meta.getAttribute('content');
      if (meta.getAttribute('property') === 'og:locale') yield meta.getAttribute('content')?.replace('_', '-');
    }
  };
  for (const candidate of candidates()) {
    const tag = candidate?.split(',')[0]?.trim();
    if (!tag) continue;
    try {
      const canonical = Intl.getCanonicalLocales(tag)[0];
      if (canonical) return canonical;
    } catch {
      // An invalid tag ("english", "en_US.UTF-8") is skipped, not fatal.
    }
  }
  return null;
}

/** The page's stated direction, else the language's, else the majority of strong characters. */
export function guessDirection(stated: string | null, lang: string | null, text: string): TextDirection {
  if (stated === 'rtl' || stated === 'ltr') return stated;
  const primary = lang?.split('-')[0]?.toLowerCase();
  if (primary && RTL_LANGUAGES.has(primary)) return 'rtl';
  const sample = text.slice(0, 2000);
  const rtl = sample.match(STRONG_RTL)?.length ?? 0;
  const ltr = sample.match(STRONG_LTR)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}
