// @vitest-environment jsdom
import '../tests/support/components/fake-chrome';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoArticle } from '../core/model';
import { english } from '../tests/support/components/english';
import { appearance, article, button, live, press, renderReader } from '../tests/support/components/render-reader';
import { ReaderShell } from './ReaderShell';

afterEach(cleanup);

describe('the reader dialog', () => {
  it('is a modal dialog named by the article title, with its metadata, focused on the title', () => {
    const { dialog } = renderReader();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe(article.title);
    expect(document.activeElement).toBe(title);
    for (const text of ['Ines Calloway', 'The Harbour Chronicle', `${article.readingMinutes} min read`]) expect(dialog.textContent).toContain(text);
    expect(dialog.querySelector('.lector-page')?.getAttribute('lang')).toBe('en');
    expect(dialog.querySelectorAll('article [data-lector-block]')).toHaveLength(article.blocks.length);
    expect(dialog.getAttribute('data-theme')).toBe('sepia');
    expect(dialog.style.getPropertyValue('--lector-font-size')).toBe('22px');
  });

  it('focuses and marks the start block of "Read aloud from here"', () => {
    const { dialog } = renderReader({ startBlock: 5 });
    const start = dialog.querySelector('[data-lector-start]');
    expect(start?.getAttribute('data-lector-block')).toBe('5');
    expect(document.activeElement).toBe(start);
  });

  it('announces the opened reader in its polite live region', async () => {
    renderReader();
    expect(screen.getByRole('status', { hidden: true }).getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(live()).toBe(`Reader open: ${article.title}. Press Escape to close.`));
  });

  it('closes on Escape and on Close', () => {
    const { onClose, dialog } = renderReader();
    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(dialog.querySelector('.lector-bar .lector-close')!);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('lists what was removed and why, behind a disclosure', () => {
    const { dialog } = renderReader();
    const removed = dialog.querySelector('details.lector-removed')!;
    expect(removed.querySelector('summary')?.textContent).toBe('2 items removed');
    expect(removed.textContent).toContain('READ MORE: How the harbour lighthouse got its second lamp');
    expect(removed.textContent).toContain('Link to another story placed inside this one.');
    expect(removed.textContent).toContain('Label of an advertisement, not part of the story.');
    expect(removed.hasAttribute('open')).toBe(false);
  });
});

describe('help, display and reading position', () => {
  it('? opens the shortcut help; Escape closes it and not the reader', () => {
    const { onClose } = renderReader();
    press('?', { shiftKey: true, code: 'Slash' });
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(help.hasAttribute('open')).toBe(true);
    expect(help.textContent).toContain('Alt+Shift+K');
    press('h');
    expect(document.activeElement?.textContent).not.toBe('Why the cold used to be a problem');
    press('Escape');
    expect(help.hasAttribute('open')).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('applies and saves display settings as they change', () => {
    const { dialog, onAppearanceChange } = renderReader();
    fireEvent.click(button('Display'));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark', hidden: true }));
    expect(dialog.getAttribute('data-theme')).toBe('dark');
    fireEvent.input(screen.getByRole('slider', { name: 'Word spacing', hidden: true }), { target: { value: '0.16' } });
    expect(dialog.style.getPropertyValue('--lector-word-spacing')).toBe('0.16em');
    expect(onAppearanceChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark', wordSpacing: 0.16 }));
  });

  it('offers to continue from a saved position', () => {
    const sentence = article.blocks[8]!.firstSentence;
    const { narrator } = renderReader({ resumeFrom: { block: 8, sentence } });
    expect(screen.getByText(/You stopped at/)).toBeTruthy();
    fireEvent.click(button('Continue from there'));
    expect(narrator!.calls).toEqual([`seekToSentence:${sentence}`, 'play']);
    expect(screen.queryByText(/You stopped at/)).toBeNull();
  });

  it('stops following when the user scrolls, and brings the spoken text back on request', () => {
    const { dialog } = renderReader();
    press('k');
    expect(screen.queryByRole('button', { name: 'Back to the spoken text', hidden: true })).toBeNull();
    fireEvent.wheel(dialog.querySelector('.lector-scroller')!);
    fireEvent.click(button('Back to the spoken text'));
    expect(screen.queryByRole('button', { name: 'Back to the spoken text', hidden: true })).toBeNull();
    expect(document.activeElement?.getAttribute('data-lector-block')).toBe('0');
  });
});

describe('keys on a hostile page', () => {
  it('still work when the page swallows keys in the capture phase', () => {
    const swallow = (event: Event) => {
      event.stopPropagation();
      event.preventDefault();
    };
    // Registered before the reader opens, on document and window, as a page would.
    document.addEventListener('keydown', swallow, true);
    window.addEventListener('keydown', swallow, true);
    try {
      const { dialog } = renderReader();
      press('h');
      expect(document.activeElement).toBe(dialog.querySelector('#lector-h-0'));
      // The page prevented Tab's default: the reader moves focus itself.
      const buttons = [...dialog.querySelectorAll('button')];
      buttons[0]!.focus();
      press('Tab');
      expect(document.activeElement).toBe(buttons[1]);
    } finally {
      document.removeEventListener('keydown', swallow, true);
      window.removeEventListener('keydown', swallow, true);
    }
  });
});

describe('no article', () => {
  it('says why and offers to read the selection or the whole page', () => {
    const result: NoArticle = { kind: 'no-article', code: 'link-list' };
    const onReadSelection = vi.fn();
    const onReadPage = vi.fn();
    const onClose = vi.fn();
    render(
      <ReaderShell
        content={{ kind: 'no-article', result, appearance, onReadSelection, onReadPage }}
        t={english}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'No article found on this page', hidden: true });
    expect(dialog.textContent).toContain('This page is mostly a list of links (like a search results or index page), not an article.');
    expect(document.activeElement?.id).toBe('lector-title');
    fireEvent.click(button('The text you selected'));
    fireEvent.click(button('All the text of the page'));
    expect([onReadSelection.mock.calls.length, onReadPage.mock.calls.length]).toEqual([1, 1]);
    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
