import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { videoPromoRule } from './video-promo';

const run = (html: string) => declutterFragment(html, [videoPromoRule]);

describe('video-promo rule', () => {
  it('removes a "Click to play video" block with its title and date lines', () => {
    const result = run(`${PROSE}
      <div><div><img src="v.jpg" alt=""><span>Click to play video: 'Canada resuming some military operations in Iraq'</span></div>
      <div>Canada resuming some military operations in Iraq</div>
      <div>Canada resuming some military operations in Iraq – Jan 16, 2020</div></div>${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['video-promo']);
    expect(result.text).not.toMatch(/Canada resuming|Click to play/);
  });

  it('removes title and date lines that follow the promo as siblings', () => {
    const result = run(`${PROSE}<p>Click to play video: 'The potential fallout'</p><p>The potential fallout</p><p>The potential fallout – Jan 8, 2020</p>${PROSE}`);
    expect(result.removed).toHaveLength(3);
    expect(result.text).not.toContain('potential fallout');
  });

  it.each([
    ['a WATCH kicker', '<p>WATCH: <a href="/v/1">Firefighters battle blaze in downtown core</a></p>'],
    ['a VIDEO kicker', '<p><strong>VIDEO</strong> <a href="/v/2">Inside the new transit line</a></p>'],
    ['a French video promo', "<p>Cliquez pour lire la vidéo : 'Le maire s’explique'</p>"],
    ['a date line in a player block', '<div class="video-player"><span>Mayor speaks – March 3, 2021</span></div>'],
    ['a French "VIDÉO." title line', '<p>VIDÉO. Le maire inaugure le nouveau pont sous la pluie</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toContain('video-promo');
    expect(result.text).not.toMatch(/firefighters|transit line|maire|mayor speaks/i);
  });

  it.each([
    ['a sentence about a video', '<p>A video posted on social media shows the crowd moving toward the gates shortly before noon.</p>'],
    ['"Watch" as a verb', '<p>Watch the skies tonight: the meteor shower peaks after midnight, astronomers say.</p>'],
    ['a headline-like line that is not a promo', '<p>The video that changed everything</p>'],
    ['a sentence that starts with "Vidéo."', '<p>Vidéo. Le mot revient dans chaque réunion du conseil, a noté le maire en souriant.</p>'],
  ])('spares %s', (_name, prose) => {
    const result = run(`${PROSE}${prose}`);
    expect(result.removed).toEqual([]);
  });
});
