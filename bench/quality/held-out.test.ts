import { describe, expect, it } from 'vitest';
import { HELD_OUT_PERCENT, isHeldOut } from './held-out';

describe('held-out split', () => {
  it('holds out about the stated share of pages', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => String(i).padStart(4, '0'));
    const share = (ids.filter(isHeldOut).length / ids.length) * 100;
    expect(share).toBeGreaterThan(HELD_OUT_PERCENT - 4);
    expect(share).toBeLessThan(HELD_OUT_PERCENT + 4);
  });

  it('depends on the id only', () => {
    const ids = ['0003', '0006', 'b3c19dd5', 'article-42'];
    expect(ids.map(isHeldOut)).toEqual(ids.map(isHeldOut));
    expect(new Set(Array.from({ length: 50 }, (_, i) => isHeldOut(`page-${i}`))).size).toBe(2);
  });
});
