import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';
import { inRunningText } from './support/running-text';

/**
 * "1 of 23", "Image 1 of 5", "Photo 3 / 12", "Bild 2 von 8", "Foto 1 de 4": a
 * slideshow's position, printed beside each slide. A listener hears a number
 * pair with nothing to step through.
 */
const COUNTER =
  /^\(?(?:(?:image|photo|picture|slide|foto|bild|imagen|imagem|immagine|afbeelding|diapositive|diapositiva)\s+)?\d{1,3}\s*(?:(?:of|sur|de|von|di|van|da)\s*\/?|\/)\s*\d{1,3}\)?$/u;

export const galleryCounterRule = defineClutterRule({
  name: 'gallery-counter',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    // A table's "3 of 10" is data (a score, a count), not a slideshow's position.
    return findLines(root, context, (el, normalized) => COUNTER.test(normalized) && !el.closest('table, td, th') && !inRunningText(el));
  },
});
