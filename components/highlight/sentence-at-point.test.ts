// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sentenceAtOffset, sentenceAtPoint } from './sentence-at-point';
import { mapBlockText } from './text-map';
import { fixtureArticle } from '../../tests/support/components/article-fixture';

describe('hit-testing a click to a sentence', () => {
  const article = fixtureArticle();
  const block = article.blocks.find((candidate) => candidate.sentenceCount >= 2)!;
  const first = article.sentences[block.firstSentence]!;
  const second = article.sentences[block.firstSentence + 1]!;

  it('finds the sentence holding an offset of its block', () => {
    expect(sentenceAtOffset(article, block.index, 0)).toBe(first.index);
    expect(sentenceAtOffset(article, block.index, first.end - 1)).toBe(first.index);
    expect(sentenceAtOffset(article, block.index, second.start)).toBe(second.index);
    expect(sentenceAtOffset(article, block.index, block.text.length)).toBe(block.firstSentence + block.sentenceCount - 1);
    expect(sentenceAtOffset(article, 999, 0)).toBeNull();
  });

  it('maps a caret position in the rendered article to its sentence', () => {
    document.body.innerHTML = `<article>${article.html}</article>`;
    const element = document.querySelector(`[data-lector-block="${block.index}"]`)!;
    const range = mapBlockText(element).rangeFor(second.start + 2, second.start + 3)!;
    const caret = { node: range.startContainer, offset: range.startOffset };
    expect(sentenceAtPoint(article, range.startContainer.parentElement!, caret)).toBe(second.index);
    // Without a caret (no caretPositionFromPoint), the block's first sentence.
    expect(sentenceAtPoint(article, element, null)).toBe(first.index);
    expect(sentenceAtPoint(article, document.body, caret)).toBeNull();
  });
});
