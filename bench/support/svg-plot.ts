/**
 * A small log–log line plot as SVG text, for benchmark figures that must show how cost grows with size: on
 * log–log axes linear growth is a line of slope 1, quadratic growth a line of slope 2 (a dashed slope-1 guide is drawn).
 */
export interface Series {
  label: string;
  color: string;
  points: Array<{ x: number; y: number }>;
}

const W = 640;
const H = 400;
const M = { left: 70, right: 20, top: 30, bottom: 60 };

const log = Math.log10;
const decades = (min: number, max: number) => {
  const out: number[] = [];
  for (let p = Math.floor(log(min)); p <= Math.ceil(log(max)); p++) out.push(10 ** p);
  return out;
};
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function logLogPlot(title: string, xLabel: string, yLabel: string, series: Series[], formatX: (x: number) => string): string {
  const points = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const xs = decades(Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x)));
  const ys = decades(Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)));
  const [x0, x1] = [log(xs[0]!), log(xs.at(-1)!)];
  const [y0, y1] = [log(ys[0]!), log(ys.at(-1)!)];
  const px = (x: number) => M.left + ((log(x) - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const py = (y: number) => H - M.bottom - ((log(y) - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${escape(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<clipPath id="plot"><rect x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}"/></clipPath>`,
    `<text x="${W / 2}" y="18" text-anchor="middle" font-size="14">${escape(title)}</text>`,
  ];
  for (const x of xs) {
    out.push(`<line x1="${px(x)}" y1="${M.top}" x2="${px(x)}" y2="${H - M.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${px(x)}" y="${H - M.bottom + 16}" text-anchor="middle">${escape(formatX(x))}</text>`);
  }
  for (const y of ys) {
    out.push(`<line x1="${M.left}" y1="${py(y)}" x2="${W - M.right}" y2="${py(y)}" stroke="#ddd"/>`);
    out.push(`<text x="${M.left - 6}" y="${py(y) + 4}" text-anchor="end">${y >= 1000 ? `${y / 1000} s` : `${y} ms`}</text>`);
  }
  out.push(`<text x="${W / 2}" y="${H - 30}" text-anchor="middle">${escape(xLabel)}</text>`);
  out.push(`<text x="16" y="${H / 2}" text-anchor="middle" transform="rotate(-90 16 ${H / 2})">${escape(yLabel)}</text>`);
  // Slope-1 guide through the first series' first point: linear growth runs parallel to it.
  const first = series[0]?.points[0];
  if (first) {
    const end = xs.at(-1)!;
    out.push(`<line x1="${px(first.x)}" y1="${py(first.y)}" x2="${px(end)}" y2="${py(first.y * (end / first.x))}" stroke="#999" stroke-dasharray="4 4" clip-path="url(#plot)"/>`);
  }
  series.forEach((s, i) => {
    const path = s.points.filter((p) => p.y > 0).map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    for (const p of s.points) if (p.y > 0) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    out.push(`<rect x="${M.left + 10}" y="${M.top + 8 + i * 18}" width="12" height="3" fill="${s.color}"/>`);
    out.push(`<text x="${M.left + 28}" y="${M.top + 13 + i * 18}">${escape(s.label)}</text>`);
  });
  out.push(`<text x="${M.left + 28}" y="${M.top + 13 + series.length * 18}" fill="#666">dashed: linear growth</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
