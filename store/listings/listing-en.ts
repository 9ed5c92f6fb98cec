import { paragraphs, type StoreListing } from '../store-listing';

export const listingEn: StoreListing = {
  name: 'Lector — Reader View & Read Aloud',
  short:
    "Turns cluttered articles into a clean, keyboard-friendly reader view and reads them aloud with your device's voices. No tracking.",
  summary:
    'A clean reader view that reads articles aloud with the voices already on your device. Ads, promos and share bars are removed and listed; everything works from the keyboard. No network requests, no tracking.',
  description: paragraphs(
    'Lector turns a cluttered article page into a clean reader view and reads it aloud. It is made for people who listen to articles: blind and low-vision readers, people with dyslexia, commuters, anyone who would rather hear a story than squint at it.',
    'Press Alt+Shift+L (or click the toolbar button, or use the context menu) on an article:',
    [
      '- The article opens in a calm view: your theme (light, sepia, dark, high contrast), font, size, spacing and line length.',
      '- Play reads it aloud with the voices of your computer or phone. The sentence being read is highlighted and kept in view.',
      '- Move by sentence, paragraph or heading; change the speed from 0.5× to 10×; set a sleep timer.',
      '- Lector never reads out "Story continues below advertisement": ad labels, "Read more" promos, newsletter boxes, share bars and comment threads are removed first, and every removal is listed so you can see what went and why.',
      '- The outline lists the headings; jump to any of them.',
      '- Lector remembers where you stopped in each article, on your device only.',
      '- Gather articles in the listening queue and hear them one after another in the side panel.',
    ].join('\n'),
    'Accessible by design: every control works from the keyboard, the reader is a labelled dialog for screen readers, it reflows at 400% zoom, and the highlight keeps a 3:1 contrast in every theme.',
    'Private by design: Lector makes no network requests, contains no analytics, and asks for no access to any website. It reads a page only when you ask it to (the activeTab permission). Settings, reading positions and the listening queue stay in your browser.',
    'Available in English, French, Spanish and German.',
  ),
};
