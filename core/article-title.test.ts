import { describe, expect, it } from 'vitest';
import { titleWithoutSiteName } from './article-title';

describe('titleWithoutSiteName', () => {
  it.each([
    ['a suffix that holds og:site_name', 'Five Ways to Run Faster | The Beachbody Blog', 'Beachbody', 'https://www.beachbodyondemand.com/blog/run', 'Five Ways to Run Faster'],
    ['a suffix equal to the site name', 'Council extends the program - The Northern Ledger', 'The Northern Ledger', null, 'Council extends the program'],
    ['a site name that itself has a separator', 'Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - Memorabilia anni 80/90', 'Remember 80/90 - Memorabilia anni 80/90', null, 'Black Friday per nostalgici: le occasioni da non perdere'],
    ['a suffix that is the host name', 'The Plan to Boost Drone Batteries | WIRED', null, 'https://www.wired.com/story/drone', 'The Plan to Boost Drone Batteries'],
    ['a prefix', 'BBC News - Storm closes schools across the north', 'BBC News', 'https://www.bbc.co.uk/news/1', 'Storm closes schools across the north'],
    ['a French title with an em dash', 'La réforme adoptée au Sénat — Le Monde', 'Le Monde', 'https://www.lemonde.fr/a', 'La réforme adoptée au Sénat'],
  ])('drops %s', (_name, title, site, url, expected) => {
    expect(titleWithoutSiteName(title, site, url)).toBe(expected);
  });

  it.each([
    ['a title that is only the site name', 'The Beachbody Blog', 'Beachbody', null],
    ['a title whose separator splits the headline', 'Brexit: what happens next', 'The Northern Ledger', 'https://ledger.example/a'],
    ['a headline that mentions the site in its own words', 'Why Wired readers love drones - a survey of 2,000 readers', null, 'https://www.wired.com/a'],
    ['no site name and no address', 'Council extends the program | Ledger', null, null],
  ])('keeps %s', (_name, title, site, url) => {
    expect(titleWithoutSiteName(title, site, url)).toBe(title);
  });
});
