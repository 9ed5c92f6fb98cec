import { describe, expect, it } from 'vitest';
import { declutterFragment, PROSE } from '../../tests/support/dom';
import { callToActionRule } from './call-to-action';

const run = (html: string) => declutterFragment(html, [callToActionRule]);

describe('call-to-action rule', () => {
  it.each([
    ['a shouted "LEARN MORE" button', '<p><a href="https://shop.example/design">LEARN MORE</a></p>'],
    ['a "Book now" button', '<div><button>Book now</button></div>'],
    ['a lone "Read More" link', '<p><a href="/story/2">Read More</a></p>'],
    ['a membership promo with its button', '<div class="promo"><p>Join Runner Plus for training plans, gear reviews and member-only stories.</p><a href="/join">LEARN MORE</a></div>'],
    ['a French membership promo', '<aside><p>Devenez membre et soutenez notre rédaction indépendante.</p><a href="/don">En savoir plus</a></aside>'],
    ['a Portuguese "Saiba mais" button', '<p><a href="/x">Saiba mais</a></p>'],
    ['a product banner with its slogan', '<div><h2>Centralize, simplify, and scale your training with Easy LMS!</h2><p><a href="https://lms.example/demo">Book a demo</a></p></div>'],
    ['a German product banner', '<aside><p>Die Buchhaltung, die mitwächst.</p><a href="/test" class="btn">Kostenlos testen</a></aside>'],
    ['a "Start free trial" button', '<p><a href="/trial">Start free trial</a></p>'],
  ])('removes %s', (_name, clutter) => {
    const result = run(`${PROSE}${clutter}${PROSE}`);
    expect(result.removed.map((r) => r.rule)).toEqual(['call-to-action']);
    expect(result.text).toBe(`${PROSE}${PROSE}`.replace(/<\/?p>/g, ''));
  });

  it.each([
    ['"learn more" as plain text', '<p>Learn more</p>'],
    ['a section with a heading, prose and a "Learn more" link', '<section><h2>How the scheme works</h2><p>Tenants apply online and the council checks each claim within a month, officials said on Tuesday.</p><p><a href="/scheme">Learn more</a></p></section>'],
    ['a heading of the article followed by a demo link inside a sentence', '<div><h2>What we tried</h2><p>We asked the vendor to <a href="/demo">book a demo</a> for the team and compared it with two others.</p></div>'],
    ['a sentence that ends with a "learn more" link', '<p>The agency published its findings on Monday, and readers can <a href="/report">learn more</a> in the full report.</p>'],
    ['prose that starts with "Join"', '<p>Join the dots between the two reports and a pattern appears: the council knew about the cost for years, officials admit.</p>'],
    ['a long box that starts with "Join" and has a button', `<div><p>Join us, said the mayor, opening the meeting on Tuesday evening with a long speech about the budget and the new school.</p><p>The council then voted on the plan, which passed by a wide margin after three hours of debate and questions.</p><a href="/more">Learn more</a></div>`],
  ])('spares %s', (_name, prose) => {
    const result = run(`${PROSE}${prose}`);
    expect(result.removed.filter((r) => r.text !== 'Learn more')).toEqual([]);
  });
});
