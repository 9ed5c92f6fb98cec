/** A real extracted article for component tests (run in a jsdom environment). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../core/extract';
import { isArticle, type Article } from '../../../core/model';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

export function fixtureArticle(path = 'overlay/ice-houses.html', url = 'https://chronicle.example/ice'): Article {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, path), 'utf8'), 'text/html');
  const result = extractArticle(doc, { url, window });
  if (!isArticle(result)) throw new Error(`${path} has no article: ${result.code}`);
  return result;
}
