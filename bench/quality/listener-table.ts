/**
 * "What the listener hears", per corpus, Lector against bare Readability, both
 * cut into the utterances `lector extract --utterances` prints.
 */
import type { CorpusName, PageRun } from './corpus';
import { listenerFaults } from './listener-faults';

const EXTRACTORS = [
  ['bare Readability 0.6', (run: PageRun) => run.bareHeard],
  ['Lector', (run: PageRun) => run.lectorHeard],
] as const;

export function listenerLines(runs: readonly PageRun[], corpora: readonly CorpusName[]): string[] {
  const lines = [
    '### What the listener hears (the utterances `lector extract --utterances` prints)',
    '',
    '| corpus | extractor | utterances | fragments (no letters or under three words, not a heading) | addresses read out | known boilerplate | pages with any of these |',
    '|---|---|---|---|---|---|---|',
  ];
  const examples: string[] = [];
  for (const corpus of corpora) {
    const subset = runs.filter((run) => run.page.corpus === corpus);
    if (subset.length === 0) continue;
    for (const [name, heardOf] of EXTRACTORS) {
      let utterances = 0;
      let fragments = 0;
      let urls = 0;
      let boilerplate = 0;
      let pages = 0;
      for (const run of subset) {
        const faults = listenerFaults(heardOf(run), run.page.truth, run.page.drop);
        utterances += faults.utterances;
        fragments += faults.fragments.length;
        urls += faults.urls.length;
        boilerplate += faults.boilerplate.length;
        const all = [...faults.fragments, ...faults.urls, ...faults.boilerplate];
        if (all.length > 0) pages++;
        // Examples only from pages open to rule writers: the held-out split stays unseen.
        if (name === 'Lector' && !run.page.heldOut && examples.length < 12 && all.length > 0) {
          examples.push(`${corpus} ${run.page.id.slice(0, 8)}: ${all.slice(0, 3).map((text) => `“${text.slice(0, 60)}”`).join(', ')}`);
        }
      }
      lines.push(`| ${corpus} | ${name} | ${utterances} | ${fragments} | ${urls} | ${boilerplate} | ${pages}/${subset.length} |`);
    }
  }
  lines.push(
    '',
    'Known boilerplate: an utterance that is a clutter line by bench/quality/clutter-lines.ts (written apart from Lector\'s rules) or holds, or is a three-word-or-longer piece of, one of modern-web\'s `without` snippets, and is not in the page\'s true text.',
  );
  if (examples.length) lines.push('', 'Lector, for example (open pages only):', '', ...examples.map((example) => `- ${example}`));
  return lines;
}
