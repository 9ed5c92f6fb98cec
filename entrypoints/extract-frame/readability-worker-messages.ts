/** What the extraction frame and its Readability worker say to each other (entrypoints/readability-worker.ts). */
import type { ReadabilityMarkupResult, ReadabilityPage } from '@/core/readability-markup';

export interface WorkerPage {
  type: 'page';
  page: ReadabilityPage;
}

/** `failed`: the worker's DOM could not take the page; the frame runs Readability itself. */
export type WorkerReply = { type: 'readability'; result: ReadabilityMarkupResult } | { type: 'failed'; detail: string };

export function isWorkerPage(data: unknown): data is WorkerPage {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'page') return false;
  const page = (data as { page?: Partial<Record<keyof ReadabilityPage, unknown>> }).page;
  return typeof page?.html === 'string' && typeof page.url === 'string' && typeof page.baseUrl === 'string';
}

export function isWorkerReply(data: unknown): data is WorkerReply {
  if (typeof data !== 'object' || data === null) return false;
  const reply = data as { type?: unknown; result?: { kind?: unknown }; detail?: unknown };
  if (reply.type === 'failed') return typeof reply.detail === 'string';
  return reply.type === 'readability' && (reply.result?.kind === 'done' || reply.result?.kind === 'skipped');
}
