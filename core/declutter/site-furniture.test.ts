import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { siteFurnitureRule } from './site-furniture';

const run = (html: string) => declutterFragment(html, [siteFurnitureRule]);

describe('site-furniture rule', () => {
  it.each([
    ['"Report an error"', '<p><a href="/corrections">Report an error</a></p>'],
    ['a copyright line', '<p>© 2020 Northern Ledger News, a division of Example Media Inc.</p>'],
    ['French "Signaler une erreur"', '<p>Signaler une erreur</p>'],
    ['German copyright notice', '<p>Alle Rechte vorbehalten.</p>'],
    ['a copyright line with a circled c', '<p>Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지</p>'],
    ['a copyright line with "@" for the sign', '<p>Copyright @ 2019 The New Arab.</p>'],
    ['a press release end mark', '<p>###</p>'],
    ['a media contact block', '<p>Media contact: Jane Doe, press office, +1 555 0100</p>'],
    ['a science release citation', '<p>Citation: Smith J, et al. A new bridge alloy. Nature Materials (2019).</p>'],
    ['"Media playback is unsupported on your device"', '<p>Media playback is unsupported on your device</p>'],
    ['a blog\'s code licence notice', '<p class="m-view-license">Want to use code from this post? <a href="/blog/license.htm">Check out the license</a>.</p>'],
    ['a French code licence notice', '<p>Le code de cet article est sous licence MIT.</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['site-furniture']);
  });

  it.each([
    ['prose about an error', '<p>The report contained an error that the ministry corrected on Friday, officials said.</p>'],
    ['a photo credit inside a figure', '<figure><img src="a.jpg" alt=""><figcaption>© 2020 Jane Doe</figcaption></figure>'],
    ['a short line about copyright', '<p>Copyright claims against the band</p>'],
    ['prose about a citation', '<p>The citation he received for bravery was read aloud at the ceremony, his daughter said.</p>'],
    ['prose about reusing code', '<p>Developers who want to reuse the code from this library must first accept its licence terms, the foundation said on Monday.</p>'],
    ['prose about copyright', '<p>Copyright law in Canada gives authors protection for fifty years after death, the court noted in its ruling on Tuesday.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
