// @vitest-environment jsdom
import '../tests/support/components/user-events';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { english } from '../tests/support/components/english';
import { NoArticleView } from './NoArticleView';

afterEach(cleanup);

describe('NoArticleView', () => {
  it('offers the first part of a page too large to read whole, beside the selection and the whole text', () => {
    const onReadFirstPart = vi.fn();
    render(
      <NoArticleView t={english} result={{ kind: 'no-article', code: 'too-large' }} onReadSelection={null} onReadPage={vi.fn()} onReadFirstPart={onReadFirstPart} />,
    );
    expect(screen.getByText(/This page is too large to read whole/)).toBeTruthy();
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['The first part of the page', 'All the text of the page']);
    fireEvent.click(screen.getByRole('button', { name: 'The first part of the page' }));
    expect(onReadFirstPart).toHaveBeenCalledTimes(1);
  });

  it('offers no first part where none was given, and no offers at all when there is nothing to read', () => {
    const { rerender } = render(<NoArticleView t={english} result={{ kind: 'no-article', code: 'link-list' }} onReadSelection={vi.fn()} onReadPage={null} />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['The text you selected']);
    rerender(<NoArticleView t={english} result={{ kind: 'no-article', code: 'too-large' }} onReadSelection={null} onReadPage={null} onReadFirstPart={null} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByText('Lector can still read aloud:')).toBeNull();
  });
});
