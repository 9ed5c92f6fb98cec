/**
 * "What the listener hears" (issue 17): utterances a listener should not get,
 * counted the same way for every extractor. Written apart from Lector's rules,
 * so the figures do not grade Lector with its own answer key.
 */
import { isClutterLine } from './clutter-lines';
import { leakable, wordCount, wordForm } from './snippets';
import type { HeardLine } from './heard';

export interface ListenerFaults {
  utterances: number;
  /** Not a heading or the title, and no letters or under three words: "5.", "1 of 4", "/*". */
  fragments: string[];
  /** An address read out character by character. */
  urls: string[];
  /** Known boilerplate: a clutter line (clutter-lines.ts) or a corpus's `without` snippet, not in the true text. */
  boilerplate: string[];
}

const URL_LIKE = /\bhttps?:\/\/\S|\bwww\.[\p{L}\p{N}-]+\.\p{L}|\b(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|pt|br)\/\S/iu;

/** The words spoken for the content, without the reader's own "Image: " before a description. */
function spokenContent(line: HeardLine): string {
  return line.kind === 'image' ? line.text.replace(/^[^:]*:\s*/u, '') : line.text;
}

export function isFragment(line: HeardLine): boolean {
  if (line.kind === 'heading' || line.kind === 'title') return false;
  const text = spokenContent(line);
  return !/\p{L}/u.test(text) || wordCount(text) < 3;
}

export function readsUrl(line: HeardLine): boolean {
  return URL_LIKE.test(line.text);
}

/**
 * Boilerplate heard: the utterance is a clutter line, holds a `without` snippet,
 * or is a piece (three words or more) of one; and the true article text does not
 * hold it (the ground truth wins where the two disagree). `truthForm` and
 * `dropForms` are in `wordForm`, computed once per page.
 */
export function isBoilerplate(line: HeardLine, truthForm: string, dropForms: readonly string[]): boolean {
  const text = spokenContent(line);
  const form = wordForm(text);
  if (form.trim() === '' || truthForm.includes(form)) return false;
  if (isClutterLine(text)) return true;
  const pieceOfSnippet = wordCount(text) >= 3;
  return dropForms.some((words) => form.includes(words) || (pieceOfSnippet && words.includes(form)));
}

export function listenerFaults(heard: readonly HeardLine[], truth: string, drop: readonly string[] = []): ListenerFaults {
  const truthForm = wordForm(truth);
  const dropForms = leakable(drop).map(wordForm);
  return {
    utterances: heard.length,
    fragments: heard.filter(isFragment).map((line) => line.text),
    urls: heard.filter(readsUrl).map((line) => line.text),
    boilerplate: heard.filter((line) => line.kind !== 'title' && isBoilerplate(line, truthForm, dropForms)).map((line) => line.text),
  };
}
