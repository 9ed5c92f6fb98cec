// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { showArticleHtml } from './article-html';
import { mountArticle, type Schedule } from './article-mount';

const html = `<div id="readability-page-1" class="page"><div>${Array.from(
  { length: 300 },
  (_, i) => (i % 30 === 0 ? `<h2 data-lector-block="${i}" id="h-${i}">Part ${i}</h2>` : `<p data-lector-block="${i}">Paragraph ${i} of a long read.</p>`),
).join('')}</div></div>`;

/** Slices run only when the test says so. */
function manualSchedule() {
  const queue: Array<() => void> = [];
  const schedule: Schedule = (run) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run) >>> 0, 1);
  };
  return { schedule, queue, runAll: () => { while (queue.length) queue.shift()!(); } };
}

const blocksIn = (root: ParentNode) => root.querySelectorAll('[data-lector-block]').length;

describe('mountArticle', () => {
  it('puts the first piece on screen at once and the rest in later slices, ending with the whole article', () => {
    const { schedule, queue, runAll } = manualSchedule();
    const root = document.createElement('article');
    const mounted = mountArticle(root, html, { schedule, pieceLength: 1_000, firstLength: 1_000 });
    const first = blocksIn(root);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(300);
    expect(mounted.complete).toBe(false);
    expect(queue).toHaveLength(1);
    runAll();
    expect(mounted.complete).toBe(true);
    // Each later piece sits in a box of its own; without the boxes, the article is what it is parsed whole.
    const boxes = root.querySelectorAll('[data-lector-piece]');
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) expect(box.parentElement?.localName).toBe('div');
    for (const box of boxes) box.replaceWith(...box.childNodes);
    const whole = document.createElement('article');
    showArticleHtml(whole, html);
    expect(root.innerHTML).toBe(whole.innerHTML);
  });

  it('puts no box among table rows', () => {
    const { schedule, runAll } = manualSchedule();
    const rows = `<table><tbody>${Array.from({ length: 200 }, (_, i) => `<tr><td data-lector-block="${i}">Row ${i}</td></tr>`).join('')}</tbody></table>`;
    const root = document.createElement('article');
    mountArticle(root, rows, { schedule, pieceLength: 500, firstLength: 500 });
    runAll();
    expect(root.querySelector('[data-lector-piece]')).toBeNull();
    expect(root.querySelectorAll('tbody > tr')).toHaveLength(200);
  });

  it('mounts up to a block asked for, at once, and tells each added piece so blocks can be indexed', () => {
    const { schedule } = manualSchedule();
    const root = document.createElement('article');
    const seen = new Set<number>();
    const mounted = mountArticle(root, html, {
      schedule,
      pieceLength: 1_000,
      firstLength: 1_000,
      onAdd: (added) => added.querySelectorAll('[data-lector-block]').forEach((el) => seen.add(Number(el.getAttribute('data-lector-block')))),
    });
    expect(seen.has(270)).toBe(false);
    expect(mounted.mountUntil(() => seen.has(270))).toBe(true);
    expect(root.querySelector('#h-270')).not.toBeNull();
    expect(mounted.complete).toBe(false);
    expect(mounted.mountUntil(() => seen.has(9_999))).toBe(false);
    expect(mounted.complete).toBe(true);
    expect(seen.size).toBe(300);
  });

  it('stops adding pieces once cancelled', () => {
    const { schedule, queue, runAll } = manualSchedule();
    const root = document.createElement('article');
    const mounted = mountArticle(root, html, { schedule, pieceLength: 1_000, firstLength: 1_000 });
    const before = blocksIn(root);
    mounted.cancel();
    expect(queue).toHaveLength(0);
    runAll();
    expect(blocksIn(root)).toBe(before);
  });

  it('shows a short article whole and schedules nothing', () => {
    const { schedule, queue } = manualSchedule();
    const root = document.createElement('article');
    const mounted = mountArticle(root, '<p data-lector-block="0">Short.</p>', { schedule });
    expect(blocksIn(root)).toBe(1);
    expect(mounted.complete).toBe(true);
    expect(queue).toHaveLength(0);
  });
});
