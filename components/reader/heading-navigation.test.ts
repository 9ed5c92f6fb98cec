import { describe, expect, it } from 'vitest';
import { headingFrom, sectionHeading } from './heading-navigation';
import { sampleHeadings } from '../../tests/support/components/sample-headings';

const headings = sampleHeadings;

describe('headingFrom', () => {
  it('goes to the next and previous heading, without wrapping', () => {
    expect(headingFrom(headings, -1, 1)?.block).toBe(3);
    expect(headingFrom(headings, 3, 1)?.block).toBe(7);
    expect(headingFrom(headings, 13, 1)).toBeNull();
    expect(headingFrom(headings, 3, -1)).toBeNull();
    // From inside a section, "previous" is the section's own heading.
    expect(headingFrom(headings, 9, -1)?.block).toBe(7);
    expect(headingFrom(headings, 7, -1)?.block).toBe(3);
  });

  it('goes by level', () => {
    expect(headingFrom(headings, 3, 1, 2)?.block).toBe(13);
    expect(headingFrom(headings, 0, 1, 3)?.block).toBe(7);
    expect(headingFrom(headings, 12, -1, 3)?.block).toBe(10);
    expect(headingFrom(headings, 0, 1, 4)).toBeNull();
  });

  it('finds the section a block is in', () => {
    expect(sectionHeading(headings, 0)).toBeNull();
    expect(sectionHeading(headings, 3)?.block).toBe(3);
    expect(sectionHeading(headings, 12)?.block).toBe(10);
  });
});
