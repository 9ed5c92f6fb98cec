/** Heading moves as screen readers make them: next/previous heading, optionally of one level. */
import type { Heading } from '../../core/model';

export type Direction = 1 | -1;

/**
 * The heading after (1) or before (-1) block `fromBlock`, of `level` if given;
 * null when there is none (no wrapping, as in screen readers). "Previous" from
 * inside a section is that section's own heading.
 */
export function headingFrom(
  headings: readonly Heading[],
  fromBlock: number,
  direction: Direction,
  level?: number,
): Heading | null {
  const matches = (heading: Heading) => level === undefined || heading.level === level;
  if (direction === 1) return headings.find((heading) => heading.block > fromBlock && matches(heading)) ?? null;
  return headings.findLast((heading) => heading.block < fromBlock && matches(heading)) ?? null;
}

/** The heading of the section holding block `block`: the last heading at or before it. */
export function sectionHeading(headings: readonly Heading[], block: number): Heading | null {
  return headings.findLast((heading) => heading.block <= block) ?? null;
}
