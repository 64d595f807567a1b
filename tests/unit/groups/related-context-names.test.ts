import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';
import { testEntry } from './test-knowledge-base';

/** A parent with listed names; a part of it and an unrelated entry known by everyday words only. */
const KB: KnowledgeBase = [
  testEntry({ id: 'orbis', name: 'Orbis Retail', aliases: ['Orbis'] }),
  testEntry({
    id: 'bell',
    name: 'Bell Cameras LLC',
    contextAliases: ['Bell'],
    affiliations: [{ id: 'orbis', relation: 'part of' }],
  }),
  testEntry({
    id: 'chime',
    name: 'Chime Audio',
    contextAliases: ['Chime'],
    affiliations: [{ id: 'orbis', relation: 'member of' }],
  }),
];

const names = (paragraphs: string[]): string[] =>
  findGroups(paragraphs, { lang: 'en', knowledgeBase: KB }).map((g) => g.name);

describe('everyday names of a group whose family the article names', () => {
  it('counts a part where the article names its parent, in any paragraph', () => {
    expect(names(['Orbis cut prices on Friday.', 'The Bell doorbell camera is $60.'])).toEqual([
      'Orbis Retail',
      'Bell Cameras LLC',
    ]);
  });

  it('needs the parent named, an ownership link, and no listed name around it', () => {
    expect(names(['The bell rang at noon.', 'Bell said it would appeal.'])).toEqual([]);
    expect(names(['Orbis cut prices.', 'Chime said so.'])).toEqual(['Orbis Retail']);
    expect(names(['Orbis cut prices on the Orbis Bell range.'])).toEqual(['Orbis Retail']);
  });
});
