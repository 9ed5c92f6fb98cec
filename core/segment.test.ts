import { describe, expect, it } from 'vitest';
import { countWords, splitIntoSentences } from './segment';

const texts = (text: string, lang: string | null = 'en') => splitIntoSentences(text, lang).map((s) => s.text);

describe('splitIntoSentences', () => {
  it('splits ordinary sentences and keeps offsets into the text', () => {
    const text = '  The bridge closes Monday.  Work lasts six weeks! Why now? ';
    const spans = splitIntoSentences(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['The bridge closes Monday.', 'Work lasts six weeks!', 'Why now?']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it.each([
    ['titles', 'Despite that, Maj.-Gen. Peter Dawe said no. He left.', ['Despite that, Maj.-Gen. Peter Dawe said no.', 'He left.']],
    ['Dr. and Mr.', 'Dr. Smith met Mr. Jones today. They talked.', ['Dr. Smith met Mr. Jones today.', 'They talked.']],
    ['U.S. before a name', 'The U.S. Defense Department warned Iraq. It did.', ['The U.S. Defense Department warned Iraq.', 'It did.']],
    ['initials', 'The novel by J. R. Tolkien sold well. Very well.', ['The novel by J. R. Tolkien sold well.', 'Very well.']],
    ['French M.', 'M. Dupont est arrivé hier. Il pleuvait.', ['M. Dupont est arrivé hier.', 'Il pleuvait.']],
    ['German z.B.', 'Es gibt z.B. Brot. Und Wein.', ['Es gibt z.B. Brot.', 'Und Wein.']],
  ])('does not end a sentence at %s', (_name, text, expected) => {
    expect(texts(text, _name.includes('French') ? 'fr' : _name.includes('German') ? 'de' : 'en')).toEqual(expected);
  });

  it('keeps a spaced closing guillemet with its sentence, and offsets exact', () => {
    const text = '« Nous ne partirons pas », a-t-elle dit. « Pas aujourd’hui. » Puis elle est sortie.';
    const spans = splitIntoSentences(text, 'fr');
    expect(spans.map((s) => s.text)).toEqual(['« Nous ne partirons pas », a-t-elle dit.', '« Pas aujourd’hui. »', 'Puis elle est sortie.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves a spaced straight quote to the sentence it opens', () => {
    expect(texts('“I don’t need one,” he told Cook. " You guys have done enough."', 'en')).toEqual([
      '“I don’t need one,” he told Cook.',
      '" You guys have done enough."',
    ]);
  });

  it.each([
    ['en', '5. Try yoga', ['5. Try yoga']],
    ['de', 'Am 12. März beginnt die Messe. Sie dauert fünf Tage.', ['Am 12. März beginnt die Messe.', 'Sie dauert fünf Tage.']],
    ['en', 'SANTA FE, N.M. (AP) — A cat was found. It was fine.', ['SANTA FE, N.M. (AP) — A cat was found.', 'It was fine.']],
    ['es', 'Viajó a EE. UU. la semana pasada. Volvió ayer.', ['Viajó a EE. UU. la semana pasada.', 'Volvió ayer.']],
    ['en', 'He moved to the U.S. He never left.', ['He moved to the U.S.', 'He never left.']],
  ])('repairs ICU in %s: %s', (lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it('segments text in languages without spaces', () => {
    expect(texts('今日は晴れです。明日は雨でしょう。', 'ja')).toEqual(['今日は晴れです。', '明日は雨でしょう。']);
  });

  it('survives an invalid language tag', () => {
    expect(texts('One. Two.', 'english_US.UTF-8')).toEqual(['One.', 'Two.']);
  });
});

describe('countWords', () => {
  it('counts words and numbers, not punctuation', () => {
    expect(countWords('The U.S.-led coalition, in 2020, said: “no.”', 'en')).toBe(8); // The U.S led coalition in 2020 said no
  });
  it('counts words in Japanese', () => {
    expect(countWords('今日は晴れです', 'ja')).toBeGreaterThan(1);
  });
});
