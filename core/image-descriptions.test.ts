import { describe, expect, it } from 'vitest';
import { collectImageDescriptions, isMeaningfulAlt } from './image-descriptions';
import { collectBlocks } from './blocks';
import { extractHtml, fixture } from '../tests/support/dom';
import { parseHtml } from '../cli/parse-html';

/** The descriptions of a fragment, with its blocks marked as extraction marks them. */
function describeFragment(html: string, title = ''): ReturnType<typeof collectImageDescriptions> {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`, 'https://example.test/');
  try {
    const root = page.window.document.getElementById('root')!;
    collectBlocks(root);
    return collectImageDescriptions(root, title);
  } finally {
    page.close();
  }
}

describe('isMeaningfulAlt', () => {
  it('accepts a description of the picture', () => {
    expect(isMeaningfulAlt('A ferry leaving the harbour in fog')).toBe(true);
    expect(isMeaningfulAlt('Röntgenbild einer Hand')).toBe(true);
  });

  it('refuses file names, placeholders and labels that describe nothing', () => {
    for (const alt of ['IMG_2041.JPG', 'photo-1.webp', 'Image', 'photo 3', 'Foto', 'logo', 'AP', '  ', '12345']) {
      expect(isMeaningfulAlt(alt), alt).toBe(false);
    }
  });

  it('refuses alt text whose every word the listener hears anyway in the caption or the title', () => {
    expect(isMeaningfulAlt('Commuters at the station', ['Commuters at the station on Tuesday. Photo: AP'])).toBe(false);
    expect(isMeaningfulAlt('Ferry timetable', ['The ferry timetable for winter'])).toBe(false);
    // An alt that says more than the caption is still a description.
    expect(isMeaningfulAlt('Ferry timetable, winter 2026: every two hours', ['Ferry timetable'])).toBe(true);
    expect(isMeaningfulAlt('A ferry in fog', ['Commuters at the station'])).toBe(true);
  });
});

describe('collectImageDescriptions', () => {
  it('places each description after the block before the image, or -1 before every block', () => {
    const found = describeFragment(
      '<figure><img src="a.jpg" alt="A lighthouse at dusk"></figure>' +
        '<p>First paragraph.</p>' +
        '<p><img src="b.jpg" alt="Fishermen mending nets on the quay"></p>' +
        '<p>Second paragraph.</p>' +
        '<p>Inline <img src="c.jpg" alt="A small map of the bay"> picture.</p>',
    );
    expect(found).toEqual([
      { afterBlock: -1, text: 'A lighthouse at dusk' },
      { afterBlock: 0, text: 'Fishermen mending nets on the quay' },
      { afterBlock: 2, text: 'A small map of the bay' },
    ]);
  });

  it('leaves out decorative, hidden and captioned-twice images, and alt that repeats the title', () => {
    const found = describeFragment(
      '<p>Intro.</p>' +
        '<img src="d.jpg" alt="">' +
        '<img src="e.jpg" alt="A decorative swirl" role="presentation">' +
        '<img src="f.jpg" alt="A hidden tracking picture" aria-hidden="true">' +
        '<figure><img src="g.jpg" alt="Harbour at night"><figcaption>Harbour at night, seen from the pier.</figcaption></figure>' +
        '<img src="h.jpg" alt="Ferry service resumes">',
      'Ferry service resumes',
    );
    expect(found).toEqual([]);
  });

  it('leaves out alt that only repeats the heading next to the image, and keeps alt that says more', () => {
    const found = describeFragment(
      '<p>Cameras around the park show the valley.</p>' +
        '<img src="falls.jpg" alt="Half Dome"><h2>Half Dome</h2><p>The granite dome rises above the valley floor.</p>' +
        '<h2>El Capitan</h2><img src="cap.jpg" alt="El Capitan"><p>The wall is a climbers\' landmark.</p>' +
        '<h2>Tuolumne Meadows</h2><img src="t.jpg" alt="Tuolumne Meadows under snow, with the store closed"><p>The high country.</p>',
    );
    expect(found.map((d) => d.text)).toEqual(['Tuolumne Meadows under snow, with the store closed']);
  });

  it('finds the seed article\'s photo description, which says more than nothing and differs from its caption', () => {
    const article = extractHtml(fixture('news/seed-article.html'), 'https://globalnews.example/news/4071234/canada-isil-iraq/');
    if (article.kind !== 'article') throw new Error(`no article: ${article.code}`);
    expect(article.imageDescriptions).toContainEqual({ afterBlock: expect.any(Number), text: 'Maj.-Gen. Peter Dawe at a podium' });
    // Not part of what the page shows as text: the view, --text and the quality figures are unchanged.
    expect(article.text).not.toContain('at a podium');
  });
});
