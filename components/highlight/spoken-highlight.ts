/**
 * Shows what is being spoken: the sentence and the word as CSS Custom
 * Highlights (`::highlight(lector-sentence)` / `::highlight(lector-word)` in
 * the reader's stylesheet), which style text without touching the DOM; and the
 * block holding it marked `data-lector-spoken`, which is also the whole
 * highlight where the API is missing.
 */
export const SENTENCE_HIGHLIGHT = 'lector-sentence';
export const WORD_HIGHLIGHT = 'lector-word';
export const SPOKEN_BLOCK_ATTRIBUTE = 'data-lector-spoken';

interface HighlightApi {
  registry: { set(name: string, highlight: unknown): void; delete(name: string): boolean };
  Highlight: new (...ranges: Range[]) => unknown;
}

export interface SpokenHighlighter {
  /** Whether sentences and words are highlighted themselves (not only their block). */
  readonly precise: boolean;
  show(block: Element | null, sentence: Range | null, word: Range | null): void;
  clear(): void;
}

function highlightApi(win: Window): HighlightApi | null {
  const scope = win as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] };
  const registry = scope.CSS?.highlights;
  return registry && typeof scope.Highlight === 'function' ? { registry, Highlight: scope.Highlight } : null;
}

export function createSpokenHighlighter(win: Window): SpokenHighlighter {
  const api = highlightApi(win);
  let marked: Element | null = null;
  const setRange = (name: string, range: Range | null) => {
    if (!api) return;
    // The registry belongs to the page's document: names are ours alone and removed on clear.
    if (range) api.registry.set(name, new api.Highlight(range));
    else api.registry.delete(name);
  };
  return {
    precise: api !== null,
    show(block, sentence, word) {
      if (marked !== block) {
        marked?.removeAttribute(SPOKEN_BLOCK_ATTRIBUTE);
        block?.setAttribute(SPOKEN_BLOCK_ATTRIBUTE, '');
        marked = block;
      }
      setRange(SENTENCE_HIGHLIGHT, sentence);
      setRange(WORD_HIGHLIGHT, word);
    },
    clear() {
      this.show(null, null, null);
    },
  };
}
