/** Hands each new state to every listener, surviving listeners that throw or act on the sender. */
export class StateBroadcast<S> {
  private readonly listeners = new Set<(state: S) => void>();

  constructor(private latest: S) {}

  /** The state last published. */
  get state(): S {
    return this.latest;
  }

  /** Calls `listener` now and after every publish; returns the unsubscribe function. */
  subscribe(listener: (state: S) => void): () => void {
    this.listeners.add(listener);
    listener(this.latest);
    return () => this.listeners.delete(listener);
  }

  publish(state: S): void {
    this.latest = state;
    for (const listener of [...this.listeners]) {
      // A listener that acted on the sender has already had (and passed on) a newer state.
      if (this.latest !== state) return;
      try {
        listener(state);
      } catch (error) {
        // One broken listener must not stop speech or starve the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Forgets every listener. */
  clear(): void {
    this.listeners.clear();
  }
}
