/**
 * The Zyte article-extraction benchmark's metric, so figures compare with its
 * published table: 4-token shingles of `\w+` tokens (whole text when shorter),
 * multiset TP/FP/FN per page, precision and recall averaged over pages.
 */

export interface PageScore {
  precision: number;
  recall: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  const size = 4;
  if (tokens.length < size) {
    if (tokens.length > 0) counts.set(tokens.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const inTruth = t.get(key) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  const ratio = (num: number, other: number) => (num + other === 0 ? (fp === 0 && fn === 0 ? 1 : 0) : num / (num + other));
  return { precision: ratio(tp, fp), recall: ratio(tp, fn) };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function summarize(scores: readonly PageScore[]): Summary {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(scores.map((s) => s.precision));
  const recall = mean(scores.map((s) => s.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: scores.length };
}
