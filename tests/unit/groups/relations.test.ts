// The relation vocabulary, the check that two entries do not contradict each other, and cards that
// read each relation from their own side (issue 22: Hamas's card called it the Qassam Brigades'
// armed wing).
import { describe, expect, it } from 'vitest';
import {
  findGroups,
  parseKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeBaseEntry,
} from '../../../src/core/groups';
import { relationConflicts } from '../../../src/core/groups/relation-conflicts';
import {
  inverseOf,
  isRelation,
  RELATIONS,
  type Relation,
} from '../../../src/core/groups/relations';

function entry(
  id: string,
  name: string,
  affiliations: [string, Relation][] = [],
  wikidata: string | null = null,
): KnowledgeBaseEntry {
  return {
    id,
    wikidata,
    name,
    aliases: [],
    kind: 'armed group',
    summary: `${name}.`,
    affiliations: affiliations.map(([target, relation]) => ({ id: target, relation })),
    wikipedia: `https://en.wikipedia.org/wiki/${name.replace(/ /g, '_')}`,
    country: null,
  };
}

describe('the relation vocabulary', () => {
  it('gives every relation an inverse whose inverse is the relation', () => {
    for (const relation of RELATIONS) {
      expect(isRelation(inverseOf(relation)), relation).toBe(true);
      expect(inverseOf(inverseOf(relation)), relation).toBe(relation);
    }
    expect(inverseOf('armed wing of')).toBe('has armed wing');
    expect(inverseOf('part of')).toBe('includes');
    expect(inverseOf('successor of')).toBe('predecessor of');
    expect(inverseOf('commanded by')).toBe('commands');
    expect(inverseOf('allied with')).toBe('allied with');
    expect(inverseOf('rival of')).toBe('rival of');
  });

  it('is closed: the parser drops an entry whose relation is not in it', () => {
    const raw = [
      { ...entry('a', 'Alpha Front', [['b', 'part of']]) },
      { ...entry('b', 'Beta Front'), affiliations: [{ id: 'a', relation: 'merged into' }] },
    ];
    expect(isRelation('merged into')).toBe(false);
    expect(parseKnowledgeBase(raw).map((e) => e.id)).toEqual(['a']);
  });
});

describe('relationConflicts', () => {
  it('finds two entries that state relations about each other that are not inverses', () => {
    const kb: KnowledgeBase = [
      entry('hamas', 'Hamas', [['qassam', 'armed wing of']]),
      entry('qassam', 'Qassam Brigades', [['hamas', 'part of']]),
    ];
    expect(relationConflicts(kb)).toEqual(['hamas: armed wing of qassam; qassam: part of hamas']);
  });

  it('accepts a relation and its inverse, a symmetric relation, and a relation stated once', () => {
    const kb: KnowledgeBase = [
      entry('hamas', 'Hamas', [
        ['qassam', 'has armed wing'],
        ['fatah', 'rival of'],
      ]),
      entry('qassam', 'Qassam Brigades', [['hamas', 'armed wing of']]),
      entry('fatah', 'Fatah', [['hamas', 'rival of']]),
      entry('pij', 'Islamic Jihad', [['hamas', 'allied with']]),
    ];
    expect(relationConflicts(kb)).toEqual([]);
  });

  it('finds a symmetric relation answered by another one, and an entry related to itself', () => {
    const kb: KnowledgeBase = [
      entry('a', 'Alpha Front', [['b', 'allied with']]),
      entry('b', 'Beta Front', [['a', 'rival of']]),
      entry('c', 'Gamma Front', [['c', 'part of']]),
    ];
    expect(relationConflicts(kb)).toEqual([
      'a: allied with b; b: rival of a',
      'c: part of c (itself)',
    ]);
  });

  it('reads an affiliation given by Wikidata QID as the entry with that QID', () => {
    const kb: KnowledgeBase = [
      entry('hamas', 'Hamas', [['Q2', 'armed wing of']], 'Q1'),
      entry('qassam', 'Qassam Brigades', [['Q1', 'armed wing of']], 'Q2'),
    ];
    expect(relationConflicts(kb)).toEqual([
      'hamas: armed wing of qassam; qassam: armed wing of hamas',
    ]);
  });
});

describe('card relations', () => {
  // Only the wing states the relation; the parent's card turns it round.
  const kb: KnowledgeBase = [
    entry('hamas', 'Hamas', [['fatah', 'rival of']]),
    entry('qassam', 'Qassam Brigades', [['hamas', 'armed wing of']]),
    entry('fatah', 'Fatah'),
  ];
  const find = (paragraphs: string[]) => findGroups(paragraphs, { lang: 'en', knowledgeBase: kb });

  it('read from each card’s own side', () => {
    const [hamas, qassam] = find([
      'Hamas said the Qassam Brigades would hand over the bodies of two hostages.',
    ]);
    expect(hamas?.affiliations).toEqual([
      { id: 'qassam', name: 'Qassam Brigades', relation: 'has armed wing' },
      { id: 'fatah', name: 'Fatah', relation: 'rival of' },
    ]);
    expect(qassam?.affiliations).toEqual([
      { id: 'hamas', name: 'Hamas', relation: 'armed wing of' },
    ]);
  });

  it('list what the entry states, but what others state about it only when they are named', () => {
    const [hamas] = find(['Hamas rejected the proposal on Sunday.']);
    expect(hamas?.affiliations).toEqual([{ id: 'fatah', name: 'Fatah', relation: 'rival of' }]);
    const [fatah] = find(['Fatah officials met in Ramallah.']);
    expect(fatah?.affiliations).toEqual([]);
  });
});
