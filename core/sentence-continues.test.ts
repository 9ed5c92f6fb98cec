import { describe, expect, it } from 'vitest';
import { continuesSentence } from './sentence-continues';

describe('continuesSentence', () => {
  it.each([
    ['en', 'list marker alone', '5.', 'Try yoga'],
    ['en', 'roman heading number', 'IV.', 'What comes next'],
    ['en', 'numbered label', 'Step 2.', 'Remove the cover.'],
    ['en', 'marker after a colon', 'Here is how: 1.', 'Preheat the oven.'],
    ['en', 'dateline and wire credit', 'SANTA FE, N.M.', '(AP) — A cat was found.'],
    ['de', 'dateline with a small-letter agency', 'BERLIN, Okt.', '(dpa) - Die Regierung tagt.'],
    ['en', 'title', 'Dr.', 'Smith arrived.'],
    ['en', 'hyphenated title', 'Despite that, Maj.-Gen.', 'Peter Dawe said no.'],
    ['en', 'U.S. before a noun', 'The U.S.', 'Senate voted.'],
    ['en', 'initials', 'The novel by J. R. R.', 'Tolkien sold.'],
    ['en', 'number abbreviation', 'See No.', '5 for details.'],
    ['en', 'attribution after a quoted question', '“Why now?”', 'he asked.'],
    ['de', 'ordinal date', 'Am 12.', 'März 2024 beginnt die Messe.'],
    ['de', 'ordinal century', 'Im 19.', 'Jahrhundert wuchs die Stadt.'],
    ['de', 'ordinal after an article', 'Beim 3.', 'Versuch klappte es.'],
    ['en', 'German date on a page labelled English', 'Am 12.', 'März beginnt die Messe.'],
    ['de', 'z. B. written with a space', 'Es gibt z.', 'B. Brot.'],
    ['de', 'z. B. complete', 'Es gibt z. B.', 'Brot.'],
    ['de', 'street', 'Die Firma liegt in der Hauptstr.', '12.'],
    ['de', 'unit before a noun', 'Der Umsatz lag bei 1,2 Mrd.', 'Euro.'],
    ['fr', 'French M.', 'M.', 'Dupont est arrivé.'],
    ['fr', 'p. ex.', 'Des fruits, p. ex.', 'Pommes et poires.'],
    ['es', 'EE. UU. before a small word', 'Viajó a EE.', 'UU. la semana pasada.'],
    ['es', 'Spanish Sra.', 'La Sra.', 'López llegó.'],
    ['it', 'Italian Dott.', 'Il Dott.', 'Rossi ha parlato.'],
    ['pt', 'Portuguese Sr.', 'O Sr.', 'Almeida chegou.'],
    ['nl', 'Dutch Dhr.', 'Dhr.', 'Jansen zei niets.'],
    ['en', 'a Q&A label', 'Q.', 'What is machine learning?'],
    ['en', 'a word-like state before a wire credit', 'BOSTON, Mass.', '(AP) — The museum reopened.'],
  ])('%s: %s is one sentence', (lang, _name, before, after) => {
    expect(continuesSentence(before, after, lang)).toBe(true);
  });

  it.each([
    ['en', 'a sentence ending in U.S.', 'He moved to the U.S.', 'He said so.'],
    ['en', 'etc. before a capital', 'We bought apples, pears, etc.', 'The rest was sold.'],
    ['en', 'a sentence ending in a number', 'He scored 5.', 'Then he left.'],
    ['en', 'a time unit at the end', 'The film runs 2 hr. 10 min.', 'It feels shorter.'],
    ['de', 'a German sentence ending in an age', 'Er starb im Alter von 85.', 'Seine Frau überlebte ihn.'],
    ['de', 'an ordinal day before a new sentence', 'Das Treffen ist am 12.', 'Danach fährt sie nach Wien.'],
    ['de', 'usw. before a capital', 'Wir brauchen Äpfel, Birnen usw.', 'Der Markt hat alles.'],
    ['es', 'EE. UU. at the end', 'Se reunió con el embajador de EE. UU.', 'La reunión duró una hora.'],
    ['es', 'a small-letter unit at the end', 'Terminó a las 10.30 h.', 'Nadie habló.'],
    ['fr', 'a plain sentence end', 'Il pleuvait.', 'Le train était en retard.'],
    ['en', 'a quoted question, then a new sentence', '“Why now?”', 'No one answered.'],
    // Found on corpus text: "Mass." and "et al." were read as abbreviations before a new sentence.
    ['en', 'a word that is also a state abbreviation', 'Use mass, not weight, in the mass.', 'Figure 1 shows why.'],
    ['en', 'et al. at the end of a citation', 'Yuan JP, Connolly CG, et al.', 'Gray matter changes in adolescents.'],
  ])('%s: %s stays two sentences', (lang, _name, before, after) => {
    expect(continuesSentence(before, after, lang)).toBe(false);
  });
});
