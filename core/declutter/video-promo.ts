import { normalizeForMatch } from '../text';
import { dropNested, findLines, isPromoLine, matchKicker } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { inRunningText } from './support/running-text';
import { hasAnyToken, isHeadlineLike, isProse } from './support/signals';

const VIDEO_TOKENS = new Set([
  'video', 'videos', 'player', 'video-player', 'videoplayer', 'jwplayer', 'jw', 'brightcove', 'vjs', 'video-js',
  'media-player', 'playlist', 'podcast', 'audio', 'embed',
]);

/**
 * "Click to play video: 'Title'" with the title and "Title – Jan 16, 2020"
 * under it, and "WATCH: …" / "VIDEO: …" kickers: the text of a video player
 * that cannot play in a reader and makes no sense read aloud.
 */
export const videoPromoRule = defineClutterRule({
  name: 'video-promo',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const found: Element[] = [];
    const promos = findLines(root, context, (el) =>
      isPromoLine(matchKicker(el, context.text(el), context.lexicon.videoKickers), el),
    );
    for (const promo of promos) {
      const line = matchKicker(promo, context.text(promo), context.lexicon.videoKickers);
      const title = line ? videoTitle(line.rest) : '';
      const player = playerAround(promo, root, context, title);
      found.push(player);
      found.push(...followingTitleLines(player, context, title));
    }
    found.push(...findLines(root, context, (el) => isShoutedVideoTitle(el, context)));
    // Date lines inside a player block, even when the player has no kicker line.
    for (const block of root.querySelectorAll('div, figure, aside, section')) {
      if (!hasAnyToken(block, VIDEO_TOKENS) || isProse(block)) continue;
      if (block.querySelector('video, audio')) continue; // a real player: the sanitizer and reader decide
      const text = context.text(block);
      if (text.length > 0 && text.length <= 400 && context.lexicon.datePattern.test(text)) found.push(block);
    }
    return dropNested(found);
  },
});

/**
 * "VIDÉO. Les images de la tempête", "VIDEO. …": a video's title line, set off
 * by a shouted kicker and a full stop, left when the player's button ("Cliquez
 * pour lire la vidéo") went. A sentence never starts with a shouted "VIDÉO.".
 */
function isShoutedVideoTitle(el: Element, context: RuleContext): boolean {
  const raw = context.text(el);
  const match = /^(\p{Lu}+)\.\s+(\S.*)$/u.exec(raw);
  if (!match || !context.lexicon.videoKickers.includes(normalizeForMatch(match[1]!))) return false;
  return isHeadlineLike(match[2]!) && !inRunningText(el);
}

/** "'Canada resuming…' Canada resuming…" → "canada resuming…": the quoted title when there is one. */
function videoTitle(rest: string): string {
  const quoted = /^['"](.+?)['"](?:\s|$)/u.exec(rest);
  return normalizeForMatch(quoted?.[1] ?? rest);
}

/** The promo's player block: ancestors whose text is only the title repeated, a date and the kicker. */
function playerAround(promo: Element, root: Element, context: RuleContext, title: string): Element {
  let player = promo;
  for (let up = promo.parentElement; up && up !== root; up = up.parentElement) {
    if (!isOnlyAbout(up, context, title)) break;
    player = up;
  }
  return player;
}

/**
 * A player's text is its kicker, the title a few times and dates: far shorter than this. Checked first, because the
 * climb from each promo reaches the article body, and measuring and searching its whole text once per promo made the
 * rule quadratic (4.4 s of 6.6 s on a 300 kB page with 23 video promos, bench/support/sized-article.ts).
 */
const maxPlayerText = (title: string) => 300 + 6 * title.length;

function isOnlyAbout(el: Element, context: RuleContext, title: string): boolean {
  if (context.text(el).length > maxPlayerText(title)) return false;
  if (isProse(el) && !title) return false;
  let rest = context.normalized(el);
  if (title) rest = rest.split(title).join(' ');
  rest = rest.replace(new RegExp(context.lexicon.datePattern.source, 'giu'), ' ');
  for (const kicker of context.lexicon.videoKickers) rest = rest.split(kicker).join(' ');
  return rest.replace(/[\s'":|\-–—•·]+/gu, '').length <= 12;
}

/** Caption lines after the player: the title again, or "Title – date". */
function followingTitleLines(player: Element, context: RuleContext, title: string): Element[] {
  const lines: Element[] = [];
  for (let next = player.nextElementSibling; next && lines.length < 2; next = next.nextElementSibling) {
    const text = normalizeForMatch(context.text(next));
    if (text === '') continue;
    const isTitle = title !== '' && text.startsWith(title) && isOnlyAbout(next, context, title);
    if (!isTitle) break;
    lines.push(next);
  }
  return lines;
}
