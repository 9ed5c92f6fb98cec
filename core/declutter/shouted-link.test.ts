import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { collapseWhitespace } from '../text';
import { declutter } from './index';
import { shoutedLinkRule } from './shouted-link';

const PAGE = 'https://www.foxnews.com/politics/story';
const PROSE = '<p>The council voted on Tuesday to extend the program for another two years, after a long debate about its cost.</p>';

/** Runs the rule on a fragment of a page at PAGE, so links can be judged as this site's or another's. */
function run(fragment: string) {
  const page = parseHtml(`<!DOCTYPE html><html><body><div id="root">${PROSE}${fragment}${PROSE}</div></body></html>`, PAGE);
  const root = page.document.getElementById('root')!;
  const removed = declutter(root, { rules: [shoutedLinkRule] });
  const text = collapseWhitespace(root.textContent ?? '');
  page.close();
  return { removed, text };
}

describe('shouted-link rule', () => {
  it.each([
    ['a capitals headline linking to the same site', '<p><strong><a href="https://www.foxnews.com/entertainment/sean-spicer-eliminated">SEAN SPICER ELIMINATED FROM \'DANCING WITH THE STARS\'</a></strong></p>'],
    ['an app call to action on a sister host', '<p><strong><a href="https://video.foxnews.com/apps">CLICK HERE TO GET THE FOX NEWS APP</a></strong></p>'],
    ['a relative link', '<p><a href="/politics/other">SENATE PASSES THE BUDGET AFTER A LONG NIGHT</a></p>'],
    ['a French cross-link', '<p><a href="/monde/autre">LE SÉNAT ADOPTE LE BUDGET APRÈS UNE LONGUE NUIT</a></p>'],
    ['a Spanish cross-link', '<p><a href="/mundo/otra">EL SENADO APRUEBA EL PRESUPUESTO TRAS UNA LARGA NOCHE</a></p>'],
    ['a German cross-link', '<p><a href="/welt/andere">SENAT BESCHLIESST DEN HAUSHALT NACH LANGER NACHT</a></p>'],
  ])('removes %s', (_name, html) => {
    const result = run(html);
    expect(result.removed).toHaveLength(1);
    expect(result.removed[0]!.rule).toBe('shouted-link');
    expect(result.text).toBe(collapseWhitespace(`${PROSE}${PROSE}`.replace(/<[^>]+>/g, '')));
  });

  it.each([
    ['a capitals link to another site (a source)', '<p><a href="http://www.kshsaa.org/Public/Swimming/StateBoys.cfm">CLICK FOR FULL STATE SWIM RESULTS</a></p>'],
    ['a headline in ordinary case', '<p><a href="/politics/other">Senate passes the budget after a long night</a></p>'],
    ['a capitals line without a link', '<p>SENATE PASSES THE BUDGET AFTER A LONG NIGHT</p>'],
    ['a sentence with a capitals link inside it', '<p>The network said <a href="/x">SENATE PASSES THE BUDGET</a> was its most read story of the week by far.</p>'],
    ['a menu of capitals links', '<p><a href="/a">POLITICS AND GOVERNMENT</a> <a href="/b">WORLD NEWS TODAY</a></p>'],
    ['a capitals link in a list', '<ul><li><a href="/politics/other">SENATE PASSES THE BUDGET AFTER A LONG NIGHT</a></li></ul>'],
    ['a capitals linked heading', '<h2><a href="/politics/other">SENATE PASSES THE BUDGET AFTER A LONG NIGHT</a></h2>'],
    ['a short capitals link (an acronym)', '<p><a href="/nasa">NASA JPL</a></p>'],
    ['a live-blog update headline linking to its own permalink', '<p><strong><a href="https://www.foxnews.com/politics/story#post-2">SENATE PASSES THE BUDGET AFTER A LONG NIGHT</a></strong></p>'],
  ])('spares %s', (_name, html) => {
    expect(run(html).removed).toEqual([]);
  });
});
