// @vitest-environment jsdom
import '../tests/support/components/user-events';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';

afterEach(cleanup);

function setup(onConfirm: () => Promise<void> | void = vi.fn()) {
  render(
    <ConfirmButton id="forget" label="Remove all" question="Remove all 3 articles?" confirmLabel="Yes, remove all" cancelLabel="Cancel" onConfirm={onConfirm} />,
  );
  return { trigger: () => screen.getByRole('button', { name: 'Remove all' }), onConfirm };
}

describe('ConfirmButton', () => {
  it('asks first, in the page: a group named by the question, focus on Cancel which the question describes', () => {
    const { trigger, onConfirm } = setup();
    expect(trigger().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(trigger());
    expect(onConfirm).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Remove all 3 articles?' });
    expect(trigger().getAttribute('aria-expanded')).toBe('true');
    expect(trigger().getAttribute('aria-controls')).toBe(group.id);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    expect(cancel.getAttribute('aria-describedby')).toBe('forget-question');
  });

  it('does nothing on Cancel or Escape, and gives focus back to the button', () => {
    const { trigger, onConfirm } = setup();
    fireEvent.click(trigger());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(trigger());
    fireEvent.click(trigger());
    const escape = fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(escape).toBe(false); // handled: the page's own Escape does not run too
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(trigger());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('runs the action once on yes, then closes and gives focus back', async () => {
    let finish: () => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { trigger } = setup(onConfirm);
    fireEvent.click(trigger());
    const yes = screen.getByRole('button', { name: 'Yes, remove all' });
    fireEvent.click(yes);
    fireEvent.click(yes); // a second press while it works
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(yes.getAttribute('aria-disabled')).toBe('true');
    finish();
    await vi.waitFor(() => expect(screen.queryByRole('group')).toBeNull());
    expect(document.activeElement).toBe(trigger());
  });
});
