/**
 * What each store shows, and the limits each store sets on it. One listing per language the extension ships
 * (public/_locales); the listing's name and short description are the manifest's own `extName` and
 * `extDescription`, because the Chrome Web Store takes its summary from the manifest.
 */
export interface StoreListing {
  /** Store name: the manifest's `extName` in that language. */
  name: string;
  /** Chrome Web Store and Edge Add-ons short description: the manifest's `extDescription`. */
  short: string;
  /** AMO's summary, shown under the name. */
  summary: string;
  /** The long description, paragraphs and "- " lists separated by blank lines (plain text: CWS shows no markup). */
  description: string;
}

/**
 * The stores' limits, in characters. Sources: Chrome Web Store manifest `description` (132) and `name` (75);
 * AMO name (50) and summary (250); Edge Add-ons description (250 to 10,000); Chrome Web Store description (16,000).
 */
export const STORE_LIMITS = {
  name: 50,
  short: 132,
  summary: 250,
  descriptionMin: 250,
  descriptionMax: 10_000,
} as const;

export const STORE_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type StoreLanguage = (typeof STORE_LANGUAGES)[number];

export const paragraphs = (...parts: string[]): string => parts.join('\n\n');
