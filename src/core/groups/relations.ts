// The closed vocabulary of relations between knowledge-base entries. A relation reads from the entry
// that states it ("JNIM" affiliate of "al-Qaeda") and has an inverse that reads from the other side
// ("al-Qaeda" has affiliate "JNIM"). Knowing the inverse lets a card show a relation that either entry
// states, worded from its own side, and lets a test find two entries that contradict each other.

/** Each relation with its inverse; a symmetric relation is its own inverse. Order: how cards list them. */
const RELATION_PAIRS = [
  ['armed wing of', 'has armed wing'],
  ['part of', 'includes'],
  ['member of', 'has member'],
  ['affiliate of', 'has affiliate'],
  ['commanded by', 'commands'],
  ['led by', 'leads'],
  ['owned by', 'owns'],
  ['funded by', 'funds'],
  ['authorised by', 'authorises'],
  ['successor of', 'predecessor of'],
  ['allied with', 'allied with'],
  ['rival of', 'rival of'],
] as const;

export type Relation = (typeof RELATION_PAIRS)[number][number];

const INVERSE: ReadonlyMap<string, Relation> = new Map(
  RELATION_PAIRS.flatMap(([relation, inverse]) => [
    [relation, inverse],
    [inverse, relation],
  ]),
);

/** Every relation, in the order cards list them. */
export const RELATIONS: readonly Relation[] = [...new Set(RELATION_PAIRS.flat())];

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && INVERSE.has(value);
}

/** The same relation read from the other entry's side. */
export function inverseOf(relation: Relation): Relation {
  return INVERSE.get(relation) ?? relation;
}
