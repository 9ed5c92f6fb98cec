/** Two sections with two subsections, as the heading and outline tests read them. */
import type { Heading } from '../../../core/model';

export const sampleHeadings: Heading[] = [
  { level: 2, text: 'Why the cold used to be a problem', id: 'lector-h-0', block: 3 },
  { level: 3, text: 'A winter harvest', id: 'lector-h-1', block: 7 },
  { level: 3, text: 'Sawdust and straw', id: 'lector-h-2', block: 10 },
  { level: 2, text: 'The trade that followed', id: 'lector-h-3', block: 13 },
];
