// The relations a group's card lists: every relation its entry states, and the relations other
// entries named in the same article state about it, turned round so they read from the card's side
// (the Qassam Brigades' "armed wing of" Hamas is "has armed wing" on Hamas's card). Relations stated
// about it by entries the article does not name are left out: a hub such as the UN would otherwise
// list dozens of groups the reader is not reading about.

import { inverseOf, RELATIONS, type Relation } from './relations';
import type { GroupEntity, KnowledgeBase, KnowledgeBaseEntry } from './types';

export interface CardRelation {
  /** Slug of the other entry. */
  id: string;
  name: string;
  /** How the card's group relates to it. */
  relation: Relation;
}

interface Link {
  other: KnowledgeBaseEntry;
  relation: Relation;
}

const ORDER: ReadonlyMap<Relation, number> = new Map(RELATIONS.map((r, i) => [r, i]));

export class CardRelations {
  /** Entry slug → what it states. */
  private readonly stated = new Map<string, Link[]>();
  /** Entry slug → what other entries state about it, turned round. */
  private readonly statedAbout = new Map<string, Link[]>();
  private readonly bySlug = new Map<string, KnowledgeBaseEntry>();

  constructor(kb: KnowledgeBase) {
    // Affiliations may name an entry by slug or by Wikidata QID; unknown ids are skipped.
    const byId = new Map<string, KnowledgeBaseEntry>();
    for (const entry of kb) {
      this.bySlug.set(entry.id, entry);
      byId.set(entry.id, entry);
      if (entry.wikidata) byId.set(entry.wikidata, entry);
    }
    for (const entry of kb) {
      for (const { id, relation } of entry.affiliations) {
        const other = byId.get(id);
        if (!other) continue;
        push(this.stated, entry.id, { other, relation });
        push(this.statedAbout, other.id, { other: entry, relation: inverseOf(relation) });
      }
    }
  }

  /** The article's entities, each knowledge-base group with the relations its card lists. */
  attach(entities: readonly GroupEntity[]): GroupEntity[] {
    const named = new Set(entities.flatMap((e) => (e.id ? [e.id] : [])));
    return entities.map((entity) => {
      const entry = entity.id ? this.bySlug.get(entity.id) : undefined;
      return entry ? { ...entity, affiliations: this.of(entry, named) } : entity;
    });
  }

  /** The card's relations for `entry`, given the slugs of the entries the article names. */
  private of(entry: KnowledgeBaseEntry, named: ReadonlySet<string>): CardRelation[] {
    const links = [
      ...(this.stated.get(entry.id) ?? []),
      ...(this.statedAbout.get(entry.id) ?? []).filter((l) => named.has(l.other.id)),
    ];
    const seen = new Set<string>();
    const out: CardRelation[] = [];
    for (const { other, relation } of links) {
      const key = `${relation}\u0000${other.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: other.id, name: other.name, relation });
    }
    // Stable: within one relation, the entry's own order first.
    return out.sort((a, b) => (ORDER.get(a.relation) ?? 0) - (ORDER.get(b.relation) ?? 0));
  }
}

function push(map: Map<string, Link[]>, key: string, link: Link): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}
