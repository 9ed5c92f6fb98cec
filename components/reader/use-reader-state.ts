import { useLayoutEffect, useState } from 'preact/hooks';
import type { ReaderModel, ReaderState } from './reader-model';

/** The model's state, re-rendering on every change. */
export function useReaderState(model: ReaderModel): ReaderState {
  const [state, setState] = useState(model.state);
  useLayoutEffect(() => {
    setState(model.state);
    return model.subscribe(() => setState(model.state));
  }, [model]);
  return state;
}
