import { describe, expect, it } from 'vitest';
import { MAX_SPEECH_CHUNK_LENGTH, splitIntoSpeechChunks } from './speech-chunks';

/** Every chunk is a trimmed substring of the text, in order, within the limit. */
function expectWellFormed(text: string, chunks: string[], max: number): void {
  let from = 0;
  for (const chunk of chunks) {
    expect(chunk.length).toBeGreaterThan(0);
    expect(chunk.length).toBeLessThanOrEqual(max);
    expect(chunk).toBe(chunk.trim());
    const at = text.indexOf(chunk, from);
    expect(at).toBeGreaterThanOrEqual(from);
    expect(text.slice(from, at).trim()).toBe('');
    from = at + chunk.length;
  }
  expect(text.slice(from).trim()).toBe('');
}

describe('splitIntoSpeechChunks', () => {
  it('keeps a short sentence whole and trims it', () => {
    expect(splitIntoSpeechChunks('  A short sentence.  ')).toEqual(['A short sentence.']);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitIntoSpeechChunks('')).toEqual([]);
    expect(splitIntoSpeechChunks(' \n\t ')).toEqual([]);
  });

  it('defaults to the 175-character cap of Chrome Reading mode', () => {
    expect(MAX_SPEECH_CHUNK_LENGTH).toBe(175);
    const exact = 'a'.repeat(170) + ' bcd.';
    expect(splitIntoSpeechChunks(exact)).toEqual([exact]);
    expect(splitIntoSpeechChunks(exact + 'e')).toHaveLength(2);
  });

  it('splits at the last clause boundary that fits, keeping the punctuation', () => {
    const text = 'First clause here, second clause there; third clause goes on and on';
    expect(splitIntoSpeechChunks(text, 45)).toEqual(['First clause here, second clause there;', 'third clause goes on and on']);
  });

  it('treats colons, em dashes, spaced en dashes and closing quotes as clause ends', () => {
    expect(splitIntoSpeechChunks('He said this: the rest follows later', 25)).toEqual(['He said this:', 'the rest follows later']);
    expect(splitIntoSpeechChunks('One thing\u2014another thing entirely', 25)).toEqual(['One thing\u2014', 'another thing entirely']);
    expect(splitIntoSpeechChunks('One thing \u2013 another thing entirely', 25)).toEqual(['One thing \u2013', 'another thing entirely']);
    expect(splitIntoSpeechChunks('\u201cYes,\u201d she said, and went on', 12)).toEqual(['\u201cYes,\u201d', 'she said,', 'and went on']);
  });

  it('does not split numbers, times or ranges at their punctuation', () => {
    const text = 'It cost 3,000 dollars at 10:30 in 1990\u20132000 and more';
    const chunks = splitIntoSpeechChunks(text, 30);
    expect(chunks.join(' ')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk).not.toMatch(/^(000|30|2000)\b/);
      expect(chunk).not.toMatch(/(3,|10:|1990\u2013)$/);
    }
  });

  it('falls back to spaces when there is no clause boundary, never cutting a word', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const chunks = splitIntoSpeechChunks(text, 50);
    expectWellFormed(text, chunks, 50);
    expect(chunks.join(' ').split(' ')).toEqual(words);
  });

  it('cuts inside a word only when one word is longer than the limit', () => {
    const long = 'x'.repeat(25);
    expect(splitIntoSpeechChunks(`ab ${long} cd`, 10)).toEqual(['ab', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx cd']);
  });

  it('never splits a surrogate pair', () => {
    const text = '\u{1F600}'.repeat(10); // 20 code units, no spaces
    const chunks = splitIntoSpeechChunks(text, 5);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
  });

  it('splits text without spaces at word boundaries and full-width commas', () => {
    const text = '今日は天気がいいので、公園に散歩に行きました。そして友達に会いました。';
    expect(splitIntoSpeechChunks(text, 12)[0]).toBe('今日は天気がいいので、');
    const chunks = splitIntoSpeechChunks(text, 10);
    expectWellFormed(text, chunks, 10);
    const wordStarts = new Set([...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map((s) => s.index));
    let end = 0;
    for (const chunk of chunks.slice(0, -1)) {
      end += chunk.length;
      expect(wordStarts.has(end)).toBe(true);
    }
  });

  it('keeps every chunk within the limit on long real-looking sentences', () => {
    const sentence =
      'Canadian special-forces soldiers are treading carefully in Iraq following an Iranian missile attack against their main base last month, ' +
      'and what their commander describes as a sensitive and complex relationship with the Iraqi central government in Baghdad; ' +
      'despite the circumstances, Maj.-Gen. Peter Dawe says his troops continue to focus on their primary mission: preventing ISIL from re-emerging as a major threat.';
    for (const max of [40, 80, 120, 175]) expectWellFormed(sentence, splitIntoSpeechChunks(sentence, max), max);
  });

  it('rejects a limit that is not a positive integer with a clear message', () => {
    expect(() => splitIntoSpeechChunks('text', 0)).toThrow(/maxLength must be a positive integer/);
    expect(() => splitIntoSpeechChunks('text', Number.NaN)).toThrow(RangeError);
  });
});
