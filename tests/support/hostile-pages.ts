/**
 * Pages a hostile or unlucky user could hand Lector (issue #18): deep nesting,
 * pathological repetition, huge pages, and random mutations of real pages.
 * Shared by the fuzz test (small sizes, fixed seed) and `npm run bench -- robustness`.
 */

export interface HostilePage {
  shape: string;
  html: string;
}

const PROSE = 'The committee met on Tuesday to discuss the harbour plan, and its members agreed that the work should begin in spring. ';

/** `depth` nested `open` tags around a paragraph of prose, as an article body. */
function nested(open: string, close: string, depth: number): string {
  return `<html><body><article><p>${PROSE.repeat(4)}</p>${open.repeat(depth)}<p>${PROSE.repeat(3)}</p>${close.repeat(depth)}<p>${PROSE.repeat(4)}</p></article></body></html>`;
}

/** Every shape of issue #18 at a size scaled by `n` (1 = the size the issue reported). */
export function hostileShapes(n: number): Array<{ shape: string; make: () => string }> {
  const count = (full: number) => Math.max(1, Math.round(full * n));
  return [
    { shape: 'math-frame-iframe', make: () => `<html><body><article><p>${PROSE.repeat(5)}</p><math><frame><b><iframe></iframe></b></frame></math><p>${PROSE.repeat(3)}</p></article></body></html>` },
    { shape: 'deep-div', make: () => nested('<div>', '</div>', count(10_000)) },
    { shape: 'deep-b', make: () => nested('<b>', '</b>', count(10_000)) },
    { shape: 'deep-ul', make: () => nested('<ul><li>', '</li></ul>', count(10_000)) },
    { shape: 'deep-blockquote', make: () => nested('<blockquote>', '</blockquote>', count(10_000)) },
    { shape: 'deep-svg-g', make: () => nested('<svg>' + '<g>'.repeat(count(10_000)), '</g>'.repeat(count(10_000)) + '</svg>', 1) },
    { shape: 'deep-math', make: () => nested('<math>' + '<mrow>'.repeat(count(10_000)), '</mrow>'.repeat(count(10_000)) + '</math>', 1) },
    { shape: 'deep-table', make: () => nested('<table><tr><td>', '</td></tr></table>', count(5_000)) },
    { shape: 'h1-paragraphs', make: () => `<html><body><article>${`<h1>Heading</h1><p>${PROSE.repeat(2)}</p>`.repeat(count(20_000))}</article></body></html>` },
    { shape: 'read-more-ads', make: () => `<html><body><article><p>${PROSE.repeat(6)}</p>${'<p>READ MORE</p><p>Advertisement</p>'.repeat(count(25_000))}<p>${PROSE.repeat(6)}</p></article></body></html>` },
    { shape: 'noscript-images', make: () => `<html><body><article>${`<p>${PROSE}</p><noscript><img src="a.jpg" alt="photo"></noscript>`.repeat(count(5_000))}</article></body></html>` },
    { shape: 'many-attributes', make: () => `<html><body><article><p ${Array.from({ length: count(200_000) }, (_, i) => `data-a${i}="x"`).join(' ')}>${PROSE.repeat(6)}</p></article></body></html>` },
    { shape: 'small-paragraphs', make: () => `<html><body><article>${'<p>A short line of text.</p>'.repeat(count(800_000))}</article></body></html>` },
    { shape: 'links', make: () => `<html><body><article><p>${PROSE.repeat(4)}</p>${'<a href="/x">link text</a> '.repeat(count(700_000))}</article></body></html>` },
    { shape: 'br-lines', make: () => `<html><body><article>${'A line of text in a long poem<br>'.repeat(count(600_000))}</article></body></html>` },
    { shape: 'plain-paragraphs', make: () => `<html><body><article>${`<p>${PROSE.repeat(3)}</p>`.repeat(count(55_000))}</article></body></html>` },
  ];
}

/**
 * The security review's heavy page (issue #19): 50,000 short "READ MORE" / "Advertisement" paragraphs, about 4.5 MB,
 * each with the classes and slots of a real ad layout. Generated, never committed.
 */
export function heavyReadMorePage(): string {
  const parts = ['<!doctype html><html lang="en"><head><title>Heavy page</title></head><body><article><h1>Heavy page</h1>'];
  for (let i = 0; i < 25_000; i++) {
    parts.push(`<p class="promo-block" data-slot="promo-${i}"><a href="/stories/${i}/read-the-full-story-now">READ MORE</a></p>\n`);
    parts.push(`<p class="ad-label advertisement" data-slot="ad-${i}">Advertisement</p>\n`);
  }
  return `${parts.join('')}</article></body></html>`;
}

/** Mulberry32: a tiny seeded PRNG, so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATIONS = ['truncate', 'shuffle-tags', 'drop-closers', 'break-encoding', 'duplicate-slice', 'insert-junk'] as const;

/** One random mutation of a page, named in `shape`; bytes for "break-encoding", text otherwise. */
export function mutatePage(html: string, random: () => number): { shape: string; html: string | Uint8Array } {
  const kind = MUTATIONS[Math.floor(random() * MUTATIONS.length)]!;
  const at = (length: number) => Math.floor(random() * length);
  switch (kind) {
    case 'truncate':
      return { shape: kind, html: html.slice(0, at(html.length)) };
    case 'shuffle-tags': {
      const tags = html.match(/<[^>]{0,200}>/g) ?? [];
      for (let i = 0; i < Math.min(200, tags.length); i++) {
        const a = at(tags.length);
        const b = at(tags.length);
        [tags[a], tags[b]] = [tags[b]!, tags[a]!];
      }
      let index = 0;
      return { shape: kind, html: html.replace(/<[^>]{0,200}>/g, () => tags[index++] ?? '') };
    }
    case 'drop-closers':
      return { shape: kind, html: html.replace(/<\/[a-z]+>/gi, (closer) => (random() < 0.5 ? '' : closer)) };
    case 'break-encoding': {
      const bytes = new TextEncoder().encode(html);
      for (let i = 0; i < Math.max(1, bytes.length / 500); i++) bytes[at(bytes.length)] = 0x80 + at(0x80);
      return { shape: kind, html: bytes };
    }
    case 'duplicate-slice': {
      const start = at(html.length);
      const slice = html.slice(start, start + 2_000);
      return { shape: kind, html: html.slice(0, start) + slice.repeat(1 + at(20)) + html.slice(start) };
    }
    case 'insert-junk': {
      const junk = ['<math><frame><b><iframe>', '<table><td>', '<svg><foreignObject><p>', '<template><p>', '\u0000', '<!--', '<![CDATA[', '<noscript><p>', '&#xD800;', '<select><option>'];
      let out = html;
      for (let i = 0; i < 10; i++) {
        const position = at(out.length);
        out = out.slice(0, position) + junk[at(junk.length)]! + out.slice(position);
      }
      return { shape: kind, html: out };
    }
  }
}
