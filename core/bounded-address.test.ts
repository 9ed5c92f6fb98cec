import { describe, expect, it } from 'vitest';
import { boundedAddress, MAX_ADDRESS_LENGTH } from './bounded-address';

describe('boundedAddress', () => {
  it('passes a real article address on unchanged, query and fragment included', () => {
    const address = 'https://news.example/2024/05/ice-houses?id=12&utm_source=x#comments';
    expect(boundedAddress(address)).toBe(address);
  });

  it('drops the fragment first, when that is enough', () => {
    const address = `https://news.example/a?id=1#${'y'.repeat(MAX_ADDRESS_LENGTH)}`;
    expect(boundedAddress(address)).toBe('https://news.example/a?id=1');
  });

  it('then the query', () => {
    const address = `https://news.example/folder/a?utm=${'x'.repeat(MAX_ADDRESS_LENGTH)}#top`;
    expect(boundedAddress(address)).toBe('https://news.example/folder/a');
  });

  it('cuts a path of megabytes, keeps the page folder for relative links, and still tells pages apart', () => {
    const address = (n: number) => `https://news.example/overlay/${String(n).repeat(1_900_000)}?utm=x#top`;
    const bounded = boundedAddress(address(1));
    expect(bounded.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(bounded.startsWith('https://news.example/overlay/1111')).toBe(true);
    expect(bounded).not.toContain('utm');
    expect(new URL('picture.png', bounded).href).toBe(new URL('picture.png', address(1)).href);
    expect(boundedAddress(address(2))).not.toBe(bounded);
    expect(boundedAddress(address(1))).toBe(bounded);
  });

  it('never returns more than the bound, even for what is not an address', () => {
    expect(boundedAddress('x'.repeat(10_000)).length).toBe(MAX_ADDRESS_LENGTH);
    expect(boundedAddress(`https://news.example/${'a'.repeat(50)}`, 30).length).toBeLessThanOrEqual(30);
  });
});
