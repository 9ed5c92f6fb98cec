// @vitest-environment jsdom
import '../tests/support/components/fake-chrome';
import '../tests/support/components/user-events';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderShell } from './ReaderShell';
import { ReaderModel } from './reader/reader-model';
import type { Article, ExtractResult, NoArticle } from '../core/model';
import { english } from '../tests/support/components/english';

const article: Article = {
  kind: 'article',
  url: 'https://n.example/story',
  title: 'Park approved',
  byline: 'Morgan Reyes',
  siteName: 'Gazette',
  lang: 'en',
  dir: 'ltr',
  publishedTime: null,
  excerpt: null,
  html: '<p data-lector-block="0">First paragraph.</p><p data-lector-block="1">Second paragraph.</p>',
  text: 'First paragraph.\n\nSecond paragraph.',
  headings: [],
  blocks: [
    { index: 0, kind: 'paragraph', text: 'First paragraph.', firstSentence: 0, sentenceCount: 1 },
    { index: 1, kind: 'paragraph', text: 'Second paragraph.', firstSentence: 1, sentenceCount: 1 },
  ],
  sentences: [],
  wordCount: 4,
  readingMinutes: 1,
  removed: [],
};

const appearance = { theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineHeight: 1.8, contentWidth: 60 } as const;

function renderShell(props: { result?: ExtractResult; startBlock?: number | null } = {}) {
  const onClose = vi.fn();
  const result = props.result ?? article;
  const content =
    result.kind === 'article'
      ? { kind: 'article' as const, model: new ReaderModel({ article: result, narrator: null, t: english, appearance, onClose }), startBlock: props.startBlock ?? null }
      : { kind: 'no-article' as const, result, appearance, onReadSelection: null, onReadPage: null };
  render(<ReaderShell content={content} t={english} onClose={onClose} />);
  // The first dialog is the reader; the shortcut help is a (closed) dialog inside it.
  return { onClose, dialog: screen.getAllByRole('dialog', { hidden: true })[0]! };
}

afterEach(cleanup);

describe('ReaderShell', () => {
  it('shows the byline and its date as separate items, never run together', () => {
    const { dialog } = renderShell({ result: { ...article, byline: 'Carrie Arnold', date: 'November 15' } });
    const items = [...dialog.querySelectorAll('.lector-meta-item')].map((item) => item.textContent);
    expect(items.slice(0, 2)).toEqual(['Carrie Arnold', 'November 15']);
  });

  it('is a modal dialog labelled by the article title, with its metadata and text', () => {
    const { dialog } = renderShell();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Park approved');
    expect(dialog.textContent).toContain('Morgan Reyes');
    expect(dialog.textContent).toContain('Gazette');
    expect(dialog.textContent).toContain('1 min read');
    expect(dialog.querySelector('article')?.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(dialog.querySelectorAll('article p')).toHaveLength(2);
    expect(dialog.getAttribute('data-theme')).toBe('sepia');
    expect(dialog.style.getPropertyValue('--lector-font-size')).toBe('22px');
    expect(document.activeElement).toBe(title);
  });

  it('shows why when there is no article', () => {
    const noArticle: NoArticle = { kind: 'no-article', code: 'link-list' };
    const { dialog } = renderShell({ result: noArticle });
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('No article found on this page');
    expect(dialog.textContent).toContain('This page is mostly a list of links');
    expect(dialog.querySelector('article')).toBeNull();
  });

  it('closes on Escape and on the Close button', () => {
    const { onClose, dialog } = renderShell();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(dialog, { key: 'a' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getAllByRole('button', { name: 'Close', hidden: true })[0]!);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('marks and focuses the start block of "Read aloud from here"', () => {
    const { dialog } = renderShell({ startBlock: 1 });
    const start = dialog.querySelector('[data-lector-start]');
    expect(start?.textContent).toBe('Second paragraph.');
    expect(document.activeElement).toBe(start);
  });

  it('announces the opened reader politely', async () => {
    renderShell();
    const status = screen.getByRole('status', { hidden: true });
    expect(status.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(status.textContent).toBe('Reader open: Park approved. Press Escape to close.'));
  });
});
