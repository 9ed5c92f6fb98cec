/**
 * A news page of a chosen size for the size benchmarks: the seed fixture
 * (tests/fixtures/news/seed-article.html, clutter included) with its article
 * body repeated as numbered parts until the page reaches the size asked for.
 * Each copy's sentences carry their part's number so no two paragraphs are equal:
 * identical lines would be taken for page furniture by the repeated-lines rule
 * and measure a different pipeline from a real long read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'news', 'seed-article.html');
const BODY_START = '<div class="c-article__body">';
const BODY_END = '<div class="c-article__tags">';

let seed: { head: string; body: string; tail: string } | null = null;

function seedParts(): { head: string; body: string; tail: string } {
  if (seed) return seed;
  const html = readFileSync(SEED, 'utf8');
  const start = html.indexOf(BODY_START);
  const end = html.indexOf(BODY_END);
  if (start < 0 || end < start) throw new Error(`${SEED}: no article body between ${BODY_START} and ${BODY_END}`);
  const bodyOpen = start + BODY_START.length;
  seed = { head: html.slice(0, bodyOpen), body: html.slice(bodyOpen, end), tail: html.slice(end) };
  return seed;
}

/** The page, at least `bytes` long (UTF-8) and at most one article body longer. */
export function sizedArticle(bytes: number): string {
  const { head, body, tail } = seedParts();
  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let part = 1; size < bytes; part++) {
    const numbered = `<h2>Part ${part}</h2>${body.replaceAll('</p>', ` (part ${part})</p>`)}`;
    parts.push(numbered);
    size += Buffer.byteLength(numbered);
  }
  parts.push(tail);
  return parts.join('');
}

/** 10 kB … 5 MB, about ×3 apart: the sizes the size tables and plot use. */
export const PAGE_SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 5_000_000] as const;

export const sizeLabel = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;
