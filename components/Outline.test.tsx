// @vitest-environment jsdom
import '../tests/support/components/fake-chrome';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { article, button, live, press, renderReader } from '../tests/support/components/render-reader';
import { sampleHeadings } from '../tests/support/components/sample-headings';
import { outlineTree } from './Outline';

afterEach(cleanup);

const headings = sampleHeadings;

describe('outlineTree', () => {
  it('nests deeper headings under the one before them', () => {
    const tree = outlineTree([{ level: 3, text: 'Orphan', id: 'o', block: 0 }, ...headings]);
    expect(tree.map((node) => node.heading.text)).toEqual(['Orphan', 'Why the cold used to be a problem', 'The trade that followed']);
    expect(tree[1]!.children.map((node) => node.heading.text)).toEqual(['A winter harvest', 'Sawdust and straw']);
    expect(tree[2]!.children).toEqual([]);
  });
});

describe('heading navigation', () => {
  it('H moves focus to the next heading and announces it', () => {
    const { narrator, dialog } = renderReader();
    press('h');
    const heading = dialog.querySelector('#lector-h-0')!;
    expect(document.activeElement).toBe(heading);
    expect(live()).toBe('Heading level 2, Why the cold used to be a problem');
    expect(narrator!.calls).toEqual([`seekToBlock:${article.headings[0]!.block}`]);
    press('h');
    expect(document.activeElement?.textContent).toBe('A winter harvest');
    press('H', { shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Why the cold used to be a problem');
  });

  it('1–6 go to the next heading of that level, and say when there is none', () => {
    renderReader();
    press('3');
    expect(document.activeElement?.textContent).toBe('A winter harvest');
    press('2');
    expect(document.activeElement?.textContent).toBe('The trade that followed');
    press('4');
    expect(live()).toBe('No next heading at level 4');
  });

  it('keeps reading from the heading when playing, and does not start reading otherwise', () => {
    const { narrator } = renderReader();
    press('h');
    expect(narrator!.calls).not.toContain('play');
    press('k');
    press('h');
    expect(narrator!.state.status).toBe('playing');
    expect(narrator!.state.segment?.block).toBe(article.headings[1]!.block);
    expect(narrator!.calls.filter((call) => call === 'play')).toHaveLength(1);
  });

  it('lists the headings by level, marks the current section, and reads from the one chosen', () => {
    const { narrator, dialog } = renderReader();
    const toggle = button('Contents');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const nav = screen.getByRole('navigation', { name: 'Contents', hidden: true });
    expect(nav.querySelectorAll('ol ol button')).toHaveLength(3);
    fireEvent.click(within(nav).getByRole('button', { name: 'Sawdust and straw', hidden: true }));
    expect(narrator!.calls).toEqual([`seekToBlock:${article.headings[2]!.block}`, 'play']);
    expect(within(nav).getByRole('button', { name: 'Sawdust and straw', hidden: true }).getAttribute('aria-current')).toBe('location');
    expect(document.activeElement).toBe(dialog.querySelector('#lector-h-2'));
  });

  it('works with the Alt+Shift chords, which reach the reader in browse mode', () => {
    renderReader();
    fireEvent.keyDown(document.activeElement!, { key: 'Ó', code: 'KeyH', altKey: true, shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Why the cold used to be a problem');
  });
});
