/** Every store listing, by language. */
import { listingDe } from './listings/listing-de';
import { listingEn } from './listings/listing-en';
import { listingEs } from './listings/listing-es';
import { listingFr } from './listings/listing-fr';
import type { StoreLanguage, StoreListing } from './store-listing';

export const STORE_LISTINGS: Readonly<Record<StoreLanguage, StoreListing>> = {
  en: listingEn,
  fr: listingFr,
  es: listingEs,
  de: listingDe,
};
