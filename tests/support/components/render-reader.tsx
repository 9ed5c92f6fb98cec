/**
 * Renders the reader shell over the fixture article with a FakeNarrator, for
 * the component tests beside ReaderShell, PlayerBar and Outline; plus the
 * small helpers they share (the live region, key presses, buttons by name).
 * Test files import fake-chrome first (see there), then this.
 */
import './user-events';
import { fireEvent, render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { ReaderShell } from '../../../components/ReaderShell';
import { ReaderModel, type ReaderModelOptions } from '../../../components/reader/reader-model';
import { fixtureArticle } from './article-fixture';
import { english } from './english';
import { FakeNarrator } from './fake-narrator';

export const appearance = { theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineHeight: 1.8, contentWidth: 60 } as const;
export const article = fixtureArticle();

export function renderReader(options: Partial<ReaderModelOptions> & { startBlock?: number | null; speech?: boolean } = {}) {
  const narrator = options.speech === false ? null : new FakeNarrator(article);
  const onClose = vi.fn();
  const onAppearanceChange = vi.fn();
  const model = new ReaderModel({ article, narrator, t: english, appearance, onClose, onAppearanceChange, ...options });
  render(<ReaderShell content={{ kind: 'article', model, startBlock: options.startBlock ?? null }} t={english} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: article.title, hidden: true });
  return { model, narrator, onClose, onAppearanceChange, dialog };
}

export const live = () => screen.getByRole('status', { hidden: true }).textContent;
export const press = (key: string, init: Partial<KeyboardEventInit> = {}) => {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : key === ' ' ? 'Space' : key;
  fireEvent.keyDown(document.activeElement ?? document.body, { key, code, ...init });
};
export const dialogText = () => document.querySelector('.lector-notices')?.textContent ?? '';
export const button = (name: string | RegExp) => screen.getByRole('button', { name, hidden: true });
