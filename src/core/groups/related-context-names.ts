// Everyday names of a listed group (its contextAliases: "the House", "Ring", "Beats") count where
// the tagger reads an organisation; they also count where the article names the group's parent or
// a part of it: "the House" in an article that names Congress, "Ring" in one that names Amazon,
// "Beats" beside Apple. A parent and its parts are named together far more often than a parent
// and a plain word that spells a part's name. Only ownership links count ("part of", "owned by"),
// not alliances or memberships, which join bodies of different kinds.

import type { AliasMatch } from './alias-trie';
import type { Token } from './tokens';
import type { KnowledgeBase } from './types';

/** The relations that make two entries one family. */
const FAMILY_RELATIONS = new Set(['part of', 'owned by']);

/** Entry index → indexes of its parents and parts, for entries that have everyday names. */
export function contextFamilies(kb: KnowledgeBase): Map<number, number[]> {
  const indexById = new Map(kb.map((entry, index) => [entry.id, index]));
  const families = new Map<number, number[]>();
  const link = (from: number, to: number): void => {
    if (!kb[from]?.contextAliases?.length) return;
    const list = families.get(from) ?? [];
    list.push(to);
    families.set(from, list);
  };
  kb.forEach((entry, index) => {
    for (const affiliation of entry.affiliations ?? []) {
      const other = indexById.get(affiliation.id);
      if (other === undefined || !FAMILY_RELATIONS.has(affiliation.relation)) continue;
      link(index, other);
      link(other, index);
    }
  });
  return families;
}

export interface ContextParagraph {
  tokens: readonly Token[];
  known: readonly AliasMatch[];
  /** The paragraph's matches of everyday names (contextAliases), confirmed or not. */
  everyday: readonly AliasMatch[];
}

/**
 * Per paragraph, the everyday-name matches whose family the article names elsewhere (by a listed
 * name), that no listed name claims and that do not qualify a listed name ("Apple Watch").
 */
export function relatedContextNames(
  families: ReadonlyMap<number, readonly number[]>,
  paragraphs: readonly ContextParagraph[],
): AliasMatch[][] {
  const named = new Set<number>();
  for (const p of paragraphs) for (const m of p.known) named.add(m.target);
  return paragraphs.map(({ tokens, known, everyday }) => {
    if (families.size === 0) return [];
    return everyday.filter((m) => {
      if (!families.get(m.target)?.some((relative) => named.has(relative))) return false;
      if (known.some((k) => k.first <= m.last && m.first <= k.last)) return false;
      return !(known.some((k) => k.last === m.first - 1) && tokens[m.first]?.joined);
    });
  });
}
