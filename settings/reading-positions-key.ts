/**
 * The address a reading position is filed under: what identifies the article
 * and nothing else. The fragment goes (`#comments`, `#:~:text=`), and so does
 * every query parameter except the few that name an article on sites whose
 * addresses have no path of their own (`?p=123`, `?id=…`): tracking tags,
 * session ids and search terms are not kept. Credentials in the address go too.
 * An address longer than MAX_KEY_LENGTH (a page can give itself megabytes with
 * `history.replaceState`) is cut and ends with a hash of the whole, so it stays
 * short and still names one page.
 */

import { fingerprint } from '@/core/bounded-address';

/** Query parameters that name the article itself; compared in lower case. */
export const ARTICLE_PARAMETERS: ReadonlySet<string> = new Set([
  'p',
  'id',
  'page_id',
  'post',
  'postid',
  'article',
  'articleid',
  'story',
  'storyid',
  'item',
  'itemid',
  'doc',
  'docid',
  'page',
]);

/** Longer than nearly every real article address, short enough that 500 of them stay small. */
export const MAX_KEY_LENGTH = 512;

/** How a cut key ends. A browser's address never holds a literal "…" (it is percent-encoded), so only Lector's keys do. */
const CUT_KEY = /…[0-9a-f]{16}$/;

/** Idempotent: a key given again (stored keys are filed again on each save) is returned as it is. */
export function readingPositionKey(url: string): string {
  if (url.length <= MAX_KEY_LENGTH && CUT_KEY.test(url)) return url;
  let key: string;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.username = '';
    parsed.password = '';
    const kept = [...parsed.searchParams].filter(([name]) => ARTICLE_PARAMETERS.has(name.toLowerCase()));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    parsed.search = new URLSearchParams(kept).toString();
    key = parsed.href;
  } catch {
    key = url;
  }
  return key.length <= MAX_KEY_LENGTH ? key : `${key.slice(0, MAX_KEY_LENGTH - 18)}…${fingerprint(key)}`;
}
