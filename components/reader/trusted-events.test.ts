// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asReader, dropUntrustedEvents, isUserEvent } from './trusted-events';

/** A shadow root with a button whose click handler counts, as the reader's Preact handlers are. */
function readerWithButton() {
  const host = document.createElement('span');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  const onClick = vi.fn();
  const onKey = vi.fn();
  button.addEventListener('click', onClick);
  button.addEventListener('keydown', onKey);
  root.append(button);
  return { host, root, button, onClick, onKey };
}

afterEach(() => document.body.replaceChildren());

describe('dropUntrustedEvents', () => {
  it('stops a page-dispatched click and key before the reader’s handlers, and cancels their default', () => {
    const { root, button, onClick, onKey } = readerWithButton();
    dropUntrustedEvents(root);
    button.click();
    const key = new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true, cancelable: true });
    button.dispatchEvent(key);
    expect(onClick).not.toHaveBeenCalled();
    expect(onKey).not.toHaveBeenCalled();
    expect(key.defaultPrevented).toBe(true);
  });

  it('stops synthetic input and change on a setting, so no setting is saved', () => {
    const { root } = readerWithButton();
    const range = document.createElement('input');
    range.type = 'range';
    const onInput = vi.fn();
    range.addEventListener('input', onInput);
    range.addEventListener('change', onInput);
    root.append(range);
    dropUntrustedEvents(root);
    range.dispatchEvent(new Event('input', { bubbles: true }));
    range.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onInput).not.toHaveBeenCalled();
  });

  it('lets the reader’s own replayed click through (asReader), and nothing after it', () => {
    const { root, button, onClick } = readerWithButton();
    dropUntrustedEvents(root);
    asReader(() => button.click());
    expect(onClick).toHaveBeenCalledTimes(1);
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('is undone by the function it returns', () => {
    const { root, button, onClick } = readerWithButton();
    dropUntrustedEvents(root)();
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('isUserEvent', () => {
  it('is false for an event a script made, true inside asReader', () => {
    const event = new Event('click');
    expect(isUserEvent(event)).toBe(false);
    let inside = false;
    asReader(() => {
      inside = isUserEvent(event);
    });
    expect(inside).toBe(true);
  });
});
