/**
 * modern-web-2026's snippet figures (its README): a `with` snippet is kept when
 * its normalized words appear in order in the text; a `without` snippet of three
 * or more words is leaked when they do.
 */

/** Lower-case word tokens joined by single spaces, padded so a match is on whole words. */
export function wordForm(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []).join(' ')} `;
}

export function wordCount(text: string): number {
  return wordForm(text).trim().split(' ').filter(Boolean).length;
}

/** Whether the words of `snippet` occur, consecutively and in order, in `text`. */
export function containsWords(text: string, snippet: string): boolean {
  const words = wordForm(snippet);
  return words.trim() !== '' && wordForm(text).includes(words);
}

export interface SnippetCounts {
  withKept: number;
  withTotal: number;
  withoutLeaked: number;
  withoutTotal: number;
}

/** The leak test only counts `without` snippets of three words or more: shorter ones occur in prose. */
export function leakable(snippets: readonly string[]): string[] {
  return snippets.filter((snippet) => wordCount(snippet) >= 3);
}

export function countSnippets(text: string, keep: readonly string[], drop: readonly string[]): SnippetCounts {
  const form = wordForm(text);
  const found = (snippet: string) => {
    const words = wordForm(snippet);
    return words.trim() !== '' && form.includes(words);
  };
  const dropped = leakable(drop);
  return {
    withKept: keep.filter(found).length,
    withTotal: keep.length,
    withoutLeaked: dropped.filter(found).length,
    withoutTotal: dropped.length,
  };
}
