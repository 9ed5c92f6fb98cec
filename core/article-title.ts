/**
 * The article's title without the site's name: "Tips for runners | The
 * Beachbody Blog" is read aloud and shown as "Tips for runners". A listener
 * hears the site's name once in the header, not before every title. The name
 * is known from `og:site_name` (Readability's `siteName`) or the page's host;
 * a title that is only the site's name stays whole.
 */

/** What sites put between the headline and their name. */
const SEPARATOR = /\s+(?:[|·•»«:~/]|::|[-–—])\s+/gu;

/** Letters and digits only, lower-cased: "The Beachbody Blog" → "thebeachbodyblog". */
function compact(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "www.nytimes.com" → "nytimes"; "news.bbc.co.uk" → "bbc". */
function hostLabel(url: string | null): string {
  if (!url) return '';
  try {
    const labels = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '').split('.');
    const last = labels.at(-1) ?? '';
    const second = labels.at(-2) ?? '';
    const tail = labels.length >= 3 && last.length === 2 && second.length <= 3 ? 2 : 1;
    return compact(labels.at(-1 - tail) ?? '');
  } catch {
    return '';
  }
}

/**
 * A piece of the title names the site: it is the site's name, holds it ("The
 * Beachbody Blog" for "Beachbody"), or is the host's name ("WIRED" on wired.com).
 */
function namesSite(piece: string, siteName: string, host: string): boolean {
  const name = compact(piece);
  if (name === '' || piece.length > 60) return false;
  const site = compact(siteName);
  if (site !== '' && (name === site || (site.length >= 4 && name.includes(site) && piece.split(/\s+/).length <= 5))) return true;
  return host.length >= 4 && (name === host || (name.includes(host) && piece.split(/\s+/).length <= 4));
}

/** `title` without a site-name prefix or suffix; unchanged when nothing matches or nothing would be left. */
export function titleWithoutSiteName(title: string, siteName: string | null, url: string | null): string {
  const host = hostLabel(url);
  if (!siteName && !host) return title;
  const cuts = [...title.matchAll(SEPARATOR)];
  // Suffix: try the longest first ("Story - Remember 80/90 - Memorabilia" when that whole tail is the site's name).
  for (const cut of cuts) {
    const head = title.slice(0, cut.index).trim();
    const tail = title.slice(cut.index + cut[0].length).trim();
    if (compact(head).length >= 3 && namesSite(tail, siteName ?? '', host)) return head;
  }
  for (const cut of [...cuts].reverse()) {
    const head = title.slice(0, cut.index).trim();
    const tail = title.slice(cut.index + cut[0].length).trim();
    if (compact(tail).length >= 3 && namesSite(head, siteName ?? '', host)) return tail;
  }
  return title;
}
