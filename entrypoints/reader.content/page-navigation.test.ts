import { describe, expect, it } from 'vitest';
import { isSamePage } from './page-navigation';

describe('isSamePage', () => {
  it('treats in-page anchors as the same page', () => {
    expect(isSamePage('https://n.example/story', 'https://n.example/story#part-2')).toBe(true);
    expect(isSamePage('https://n.example/story#a', 'https://n.example/story#b')).toBe(true);
  });

  it('treats path, query and hash-route changes as a new page', () => {
    expect(isSamePage('https://n.example/story', 'https://n.example/other')).toBe(false);
    expect(isSamePage('https://n.example/s?id=1', 'https://n.example/s?id=2')).toBe(false);
    expect(isSamePage('https://app.example/#/inbox', 'https://app.example/#/story/2')).toBe(false);
    expect(isSamePage('https://app.example/#!/a', 'https://app.example/#!/b')).toBe(false);
  });

  it('compares unparsable URLs as strings', () => {
    expect(isSamePage('nonsense', 'nonsense')).toBe(true);
    expect(isSamePage('nonsense', 'other')).toBe(false);
  });
});
