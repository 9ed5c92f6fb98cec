import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';

/**
 * "https://www.sfgate.com/news/article/The-Latest-…-14848218.php" on a line of
 * its own: the page's own address, printed in a header meant for paper copies
 * (Hearst's newspapers, print modules of many CMSs). The reader already knows
 * where it is; a listener would hear the address spelled out.
 */
export const pageAddressRule = defineClutterRule({
  name: 'page-address',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const own = comparable(context.pageUrl ?? '');
    if (own === null) return [];
    return findLines(root, context, (el) => {
      const text = context.text(el);
      return text.length >= 12 && !text.includes(' ') && comparable(text) === own;
    });
  },
});

/** An address without what varies between copies of it: scheme, "www.", query, fragment, final slash. */
function comparable(address: string): string | null {
  if (!/^https?:\/\//i.test(address)) return null;
  try {
    const url = new URL(address);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}
