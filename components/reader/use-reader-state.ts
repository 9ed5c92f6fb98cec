import { useLayoutEffect, useState } from 'preact/hooks';
import type { ReaderModel } from './reader-model';
import type { ReaderModelState } from './reader-model-state';

/** The model's state, re-rendering on every change. */
export function useReaderState(model: ReaderModel): ReaderModelState {
  const [state, setState] = useState(model.state);
  useLayoutEffect(() => {
    setState(model.state);
    return model.subscribe(() => setState(model.state));
  }, [model]);
  return state;
}
