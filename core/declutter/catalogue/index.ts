import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LabelCatalogue } from './types';

/** Every language Lector knows clutter labels in; a new language is one import here. */
export const catalogues: readonly LabelCatalogue[] = [en, fr, es, de, it, pt, nl];
