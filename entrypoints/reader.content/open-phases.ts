/**
 * Marks on the page's performance timeline for the open-time benchmark's phase table (bench/open-time.bench.ts):
 * only in the e2e build, where the bundler drops every call elsewhere (`MODE` is a build-time constant), so a
 * page never sees Lector's marks.
 */
export type OpenPhase =
  | 'injected'
  | 'message'
  | 'markup'
  | 'frame-added'
  | 'frame-loaded'
  | 'frame-started'
  | 'frame-result'
  | 'in-page-result'
  | 'preferences'
  | 'session'
  | 'mounted'
  | 'play';

export function markOpenPhase(phase: OpenPhase): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(`lector:${phase}`);
}
