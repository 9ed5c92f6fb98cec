/**
 * Component tests stand in for the user: the events Testing Library fires are
 * the user's clicks and keys. jsdom marks every event dispatched by script
 * `isTrusted: false` (as the DOM standard says `dispatchEvent` must), which the
 * reader now ignores as it would a page's (components/reader/trusted-events.ts,
 * tested on its own with untrusted events). So events dispatched in these tests
 * go through jsdom's own dispatch with `isTrusted` set, as jsdom does for the
 * events it makes itself. jsdom keeps its implementation objects under a
 * symbol described "impl" on each wrapper; nothing like it exists in a browser.
 */
interface JsdomEventImpl {
  isTrusted: boolean;
}
interface JsdomTargetImpl {
  _dispatch(event: JsdomEventImpl): boolean;
}

function implOf<T>(wrapper: object): T | undefined {
  const key = Object.getOwnPropertySymbols(wrapper).find((symbol) => symbol.description === 'impl');
  return key ? (wrapper as Record<symbol, T | undefined>)[key] : undefined;
}

EventTarget.prototype.dispatchEvent = function dispatchAsUser(this: EventTarget, event: Event): boolean {
  const eventImpl = implOf<JsdomEventImpl>(event);
  const targetImpl = implOf<JsdomTargetImpl>(this);
  if (!eventImpl || typeof targetImpl?._dispatch !== 'function') {
    throw new Error('user-events: this is not a jsdom event or target, so it cannot stand for the user');
  }
  eventImpl.isTrusted = true;
  return targetImpl._dispatch(eventImpl);
};

export {};
