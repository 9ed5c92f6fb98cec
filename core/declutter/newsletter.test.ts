import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { newsletterRule } from './newsletter';

const run = (html: string) => declutterFragment(html, [newsletterRule]);

describe('newsletter rule', () => {
  it.each([
    ['a sign-up line', '<p>Sign up for our daily newsletter to get the top stories.</p>'],
    ['a sign-up box with a form', '<div><h4>Morning Briefing</h4><p>Get the latest news delivered to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>'],
    ['a box named by class', '<aside class="newsletter-signup"><p>Never miss a story.</p></aside>'],
    ['an app call', '<p><a href="/app">Download our app</a> for breaking news alerts.</p>'],
    ['French', '<p>Abonnez-vous à notre newsletter</p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toContain('newsletter');
    expect(result.text).not.toMatch(/sign up|inbox|never miss|download|abonnez/i);
  });

  it.each([
    ['a paywall box', '<div><h2>This article is exclusive to STAT+ subscribers</h2><h3>Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.</h3><p><a href="/plus">View All Plans</a></p></div>', /exclusive|unlock/i],
    ['a paywall line', '<div><p>To read the rest of this story subscribe to STAT+.</p></div>', /rest of this story/i],
    ['a French paywall line', '<p>La suite de cet article est réservée aux abonnés.</p>', /réservée/i],
    ['a Dutch paywall line', '<p>Om verder te lezen, word abonnee.</p>', /verder/i],
    ['a subscription pitch after a paywall', '<div><h3>What is included in a subscription?</h3><p>Daily insights from AI pioneers</p></div>', /included in a subscription/i],
    ['a German subscription pitch', '<div><h3>Was ist im Abo enthalten?</h3><p>Alle Artikel, jeden Tag.</p></div>', /im abo enthalten/i],
    ['a Portuguese subscription pitch', '<h4>O que inclui a assinatura?</h4>', /inclui a assinatura/i],
  ])('removes %s', (_name, clutter, gone) => {
    const result = run(`${PROSE}${clutter}`);
    expect(result.removed.map((r) => r.rule)).toContain('newsletter');
    expect(result.text).not.toMatch(gone);
  });

  it.each([
    ['a sentence about a newsletter', '<p>The mayor announced the plan in a newsletter sent to residents on Friday, promising lower fees.</p>'],
    ['a sentence about a paywall', '<p>Readers who want to read the rest of this series can find it in the archive, the editor said.</p>'],
    ['a long sentence that starts like a call', '<p>Subscribe to the idea, the minister argued, and you accept that the province will pay for decades to come, long after the current government has left office and its promises are forgotten.</p>'],
    ['prose on what a subscription includes', '<p>What is included in a subscription varies by country, and regulators in three states have asked the company to publish its price lists before the next renewal season.</p>'],
  ])('spares %s', (_name, prose) => {
    expect(run(`${PROSE}${prose}`).removed).toEqual([]);
  });
});
