/**
 * Cost against page size (issue #16): the seed article grown from 10 kB to 5 MB (bench/support/sized-article.ts),
 * - extraction in Node (jsdom): Lector's whole pipeline and bare Readability on the same parsed page, parse excluded;
 * - first open in Chromium (e2e build): trigger → article painted, unthrottled and at 4× CPU throttling.
 * Prints a table with the cost per 100 kB at each size (flat when growth is linear) and writes the plot
 * bench/size-growth.svg (log–log: linear growth runs parallel to the dashed guide).
 *
 *   npm run bench -- size-growth
 */
import { Readability } from '@mozilla/readability';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from '../core/extract';
import { median } from './quality/stats';
import type { BenchSection } from './run';
import { launchBenchBrowser, serveBenchPages, throttle } from './support/bench-browser';
import { closeReader, timeOpen } from './support/open-stopwatch';
import { PAGE_SIZES, sizeLabel, sizedArticle } from './support/sized-article';
import { logLogPlot } from './support/svg-plot';

const URL_OF_PAGE = 'https://news.example/story';
const runsAt = (bytes: number) => (bytes <= 300_000 ? 3 : 1);
// LECTOR_SIZE_MAX=300000 for a quick look; bench/RESULTS.md uses every size.
const SIZES = PAGE_SIZES.filter((bytes) => bytes <= Number(process.env.LECTOR_SIZE_MAX ?? Infinity));

interface Row {
  bytes: number;
  bareMs: number;
  lectorMs: number;
  openMs: number;
  openThrottledMs: number;
}

function timeExtraction(html: string): { bareMs: number; lectorMs: number } {
  const bare: number[] = [];
  const lector: number[] = [];
  for (let run = 0; run < runsAt(html.length); run++) {
    let page = parseHtml(html, URL_OF_PAGE);
    let started = performance.now();
    new Readability(page.document).parse();
    bare.push(performance.now() - started);
    page.close();
    page = parseHtml(html, URL_OF_PAGE);
    started = performance.now();
    const result = extractArticle(page.document, { url: URL_OF_PAGE });
    lector.push(performance.now() - started);
    page.close();
    if (result.kind !== 'article') throw new Error(`${sizeLabel(html.length)}: Lector found no article (${result.code})`);
  }
  return { bareMs: median(bare), lectorMs: median(lector) };
}

async function timeOpens(rate: number): Promise<Map<number, number>> {
  const server = await serveBenchPages();
  const { origin } = server;
  const browser = await launchBenchBrowser();
  const times = new Map<number, number>();
  try {
    await throttle(browser.context, browser.page, rate);
    for (const bytes of SIZES) {
      const samples: number[] = [];
      for (let run = 0; run < runsAt(bytes); run++) {
        await browser.page.goto(`${origin}/sized/${bytes}.html`);
        samples.push(await timeOpen(browser.page, browser.worker));
        await closeReader(browser.page);
      }
      times.set(bytes, median(samples));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const per100k = (value: number, bytes: number) => `${((value / bytes) * 100_000).toFixed(1)}`;

export default async function sizeGrowthBench(): Promise<BenchSection> {
  const rows: Row[] = [];
  const opens = await timeOpens(1);
  const throttled = await timeOpens(4);
  for (const bytes of SIZES) {
    rows.push({ bytes, ...timeExtraction(sizedArticle(bytes)), openMs: opens.get(bytes)!, openThrottledMs: throttled.get(bytes)! });
  }
  const series = (label: string, color: string, pick: (row: Row) => number) =>
    ({ label, color, points: rows.map((row) => ({ x: row.bytes, y: pick(row) })) });
  writeFileSync(
    join(import.meta.dirname, 'size-growth.svg'),
    logLogPlot('Cost against page size', 'page size (seed article grown)', 'time', [
      series('Lector extraction (Node, jsdom)', '#1f6feb', (row) => row.lectorMs),
      series('bare Readability (Node, jsdom)', '#8250df', (row) => row.bareMs),
      series('first open in Chromium', '#1a7f37', (row) => row.openMs),
      series('first open in Chromium, 4× throttled', '#bf3989', (row) => row.openThrottledMs),
    ], sizeLabel),
  );
  const growth = (pick: (row: Row) => number) => {
    const small = rows.find((row) => row.bytes === 300_000) ?? rows[0]!;
    const large = rows.at(-1)!;
    return (pick(large) / large.bytes / (pick(small) / small.bytes)).toFixed(2);
  };
  return {
    title: 'Cost against page size (10 kB to 5 MB)',
    lines: [
      '| page size | Lector extraction | bare Readability | first open | first open, 4× throttled | Lector ms per 100 kB | first open ms per 100 kB |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((row) =>
        `| ${sizeLabel(row.bytes)} | ${ms(row.lectorMs)} | ${ms(row.bareMs)} | ${ms(row.openMs)} | ${ms(row.openThrottledMs)} | ` +
          `${per100k(row.lectorMs, row.bytes)} | ${per100k(row.openMs, row.bytes)} |`),
      '',
      `Cost per byte at ${sizeLabel(rows.at(-1)!.bytes)} against at ${sizeLabel((rows.find((row) => row.bytes === 300_000) ?? rows[0]!).bytes)} (1.00 = linear; quadratic grows with the size ratio): Lector extraction ×${growth((row) => row.lectorMs)}, ` +
        `bare Readability ×${growth((row) => row.bareMs)}, first open ×${growth((row) => row.openMs)}, ` +
        `first open throttled ×${growth((row) => row.openThrottledMs)}.`,
      `Median of ${runsAt(10_000)} runs up to 300 kB, one run above. Plot: [size-growth.svg](size-growth.svg).`,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, lines } = await sizeGrowthBench();
  console.log(`## ${title}\n\n${lines.join('\n')}`);
}
