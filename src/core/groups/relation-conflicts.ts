// Two entries that state relations about each other must state one relation and its inverse
// ("armed wing of" / "has armed wing"). Anything else means two cards that disagree, as when Hamas's
// entry called it the Qassam Brigades' armed wing while theirs called them part of Hamas (issue 22).

import { inverseOf, type Relation } from './relations';
import type { KnowledgeBase } from './types';

const SEPARATOR = '\u0000';

/** One line per contradiction, e.g. "hamas: armed wing of qassam-brigades; qassam-brigades: part of hamas". */
export function relationConflicts(kb: KnowledgeBase): string[] {
  // Affiliations may name an entry by slug or by Wikidata QID.
  const slugOf = new Map<string, string>();
  for (const entry of kb) {
    slugOf.set(entry.id, entry.id);
    if (entry.wikidata) slugOf.set(entry.wikidata, entry.id);
  }
  const stated = new Map<string, Set<Relation>>();
  for (const entry of kb) {
    for (const { id, relation } of entry.affiliations) {
      const key = `${entry.id}${SEPARATOR}${slugOf.get(id) ?? id}`;
      stated.set(key, (stated.get(key) ?? new Set()).add(relation));
    }
  }
  const conflicts: string[] = [];
  const describe = (from: string, to: string, relations: ReadonlySet<Relation>): string =>
    `${from}: ${[...relations].sort().join(' and ')} ${to}`;
  for (const [key, relations] of stated) {
    const [from = '', to = ''] = key.split(SEPARATOR);
    if (from === to) {
      conflicts.push(`${describe(from, to, relations)} (itself)`);
      continue;
    }
    const back = stated.get(`${to}${SEPARATOR}${from}`);
    // Each pair is seen from both ends; report it once.
    if (!back || from > to) continue;
    const expected = new Set([...relations].map(inverseOf));
    const agree = expected.size === back.size && [...expected].every((r) => back.has(r));
    if (!agree) conflicts.push(`${describe(from, to, relations)}; ${describe(to, from, back)}`);
  }
  return conflicts;
}
