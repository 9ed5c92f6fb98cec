// @vitest-environment jsdom
/**
 * A long article goes on screen a piece at a time (components/article-mount.ts); what needs a block not yet
 * there (heading keys, the outline, the spoken sentence) must find it all the same.
 */
import '../tests/support/components/fake-chrome';
import '../tests/support/components/user-events';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../core/extract';
import { isArticle, type Article } from '../core/model';
import { english } from '../tests/support/components/english';
import { FakeNarrator } from '../tests/support/components/fake-narrator';
import { press } from '../tests/support/components/render-reader';
import { ReaderModel } from './reader/reader-model';
import { ReaderShell } from './ReaderShell';

afterEach(cleanup);

const SECTIONS = 60;

function longArticle(): Article {
  const sections = Array.from({ length: SECTIONS }, (_, s) => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, p) => `<p>Section ${s} paragraph ${p}: the harbour keepers cut ice from the lake each winter, and in part ${s} they stored block ${p} in sawdust until summer.</p>`,
    ).join('');
    return `<h2>Chapter ${s + 1} of the ice trade</h2>${paragraphs}`;
  }).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><title>The long ice trade</title></head><body><article><h1>The long ice trade</h1>${sections}</article></body></html>`;
  const result = extractArticle(new DOMParser().parseFromString(html, 'text/html'), { url: 'https://chronicle.example/long', window });
  if (!isArticle(result)) throw new Error(`no article: ${result.code}`);
  return result;
}

const article = longArticle();
const appearance = { theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineHeight: 1.8, contentWidth: 60 } as const;

function renderLong() {
  const narrator = new FakeNarrator(article);
  const model = new ReaderModel({ article, narrator, t: english, appearance, onClose: vi.fn(), onAppearanceChange: vi.fn() });
  render(<ReaderShell content={{ kind: 'article', model, startBlock: null }} t={english} onClose={vi.fn()} />);
  const dialog = screen.getByRole('dialog', { name: article.title, hidden: true });
  return { model, narrator, dialog };
}

const mountedBlocks = (dialog: Element) => dialog.querySelectorAll('article [data-lector-block]').length;

describe('a long article in the reader', () => {
  it('opens with only its beginning on screen, and the rest follows', { timeout: 30_000 }, async () => {
    expect(article.html.length).toBeGreaterThan(60_000);
    const { dialog } = renderLong();
    expect(mountedBlocks(dialog)).toBeGreaterThan(0);
    expect(mountedBlocks(dialog)).toBeLessThan(article.blocks.length);
    await vi.waitFor(() => expect(mountedBlocks(dialog)).toBe(article.blocks.length), { timeout: 20_000 });
  });

  it('goes to the last heading from the contents before its piece is on screen, and on by heading keys', () => {
    const { model, dialog } = renderLong();
    const last = article.headings.at(-1)!;
    expect(dialog.querySelector(`[data-lector-block="${last.block}"]`)).toBeNull();
    model.goToHeading(article.headings.at(-2)!, true);
    expect(document.activeElement?.textContent).toBe(article.headings.at(-2)!.text);
    press('h');
    expect(document.activeElement?.getAttribute('data-lector-block')).toBe(String(last.block));
    expect(document.activeElement?.textContent).toBe(last.text);
  });

  it('highlights a spoken sentence near the end before the idle slices reach it', async () => {
    const { model, dialog } = renderLong();
    const sentence = article.sentences.at(-1)!;
    expect(dialog.querySelector(`[data-lector-block="${sentence.block}"]`)).toBeNull();
    model.readFromSentence(sentence.index);
    await vi.waitFor(() => expect(dialog.querySelector('[data-lector-spoken]')?.getAttribute('data-lector-block')).toBe(String(sentence.block)));
  });
});
