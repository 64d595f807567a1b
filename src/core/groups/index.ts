// Public API of the group finder: which organisations an article names, merged per group, with
// background from the knowledge base.

import { createGroupFinder, type GroupFinder } from './group-finder';
import { DEFAULT_KNOWLEDGE_BASE } from './knowledge-base';
import type { FindGroupsOptions, GroupEntity, KnowledgeBase, KnowledgeBaseEntry } from './types';

export { createGroupFinder, type GroupFinder } from './group-finder';
export { DEFAULT_KNOWLEDGE_BASE } from './knowledge-base';
export { parseKnowledgeBase } from './parse-knowledge-base';
export * from './types';

/** Finders already built, one per knowledge base (building the index is the costly part). */
const finders = new WeakMap<KnowledgeBase, GroupFinder>();

function finderFor(kb: KnowledgeBase): GroupFinder {
  let finder = finders.get(kb);
  if (!finder) {
    finder = createGroupFinder(kb);
    finders.set(kb, finder);
  }
  return finder;
}

/**
 * The organisations the paragraphs name, one entity per group, in order of first mention.
 * `knowledgeBase` defaults to the bundled one (./knowledge-base/*.json).
 */
export function findGroups(
  paragraphs: readonly string[],
  options: FindGroupsOptions & { knowledgeBase?: KnowledgeBase },
): GroupEntity[] {
  return finderFor(options.knowledgeBase ?? DEFAULT_KNOWLEDGE_BASE).find(paragraphs, options);
}

/** The knowledge-base entry with this slug or Wikidata QID (for the popup's affiliation links). */
export function lookupEntry(kb: KnowledgeBase, id: string): KnowledgeBaseEntry | undefined {
  return finderFor(kb).lookup(id);
}
