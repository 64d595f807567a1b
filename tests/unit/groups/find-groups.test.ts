import { describe, expect, it } from 'vitest';
import {
  createGroupFinder,
  findGroups,
  lookupEntry,
  type GroupEntity,
} from '../../../src/core/groups';
import { TEST_KB } from './test-knowledge-base';

const find = (paragraphs: string[], skip?: Set<number>): GroupEntity[] =>
  findGroups(paragraphs, { lang: 'en', knowledgeBase: TEST_KB, ...(skip ? { skip } : {}) });

const byId = (entities: GroupEntity[], id: string): GroupEntity | undefined =>
  entities.find((e) => e.id === id);

describe('knowledge-base aliases', () => {
  it('merges a long name and its acronym in parentheses into one entity', () => {
    const entities = find([
      "The Jama'at Nusrat al-Islam wal Muslimin (JNIM) said it attacked the base.",
      "JNIM's fighters withdrew later, the group said.",
    ]);
    const jnim = byId(entities, 'jnim');
    expect(jnim?.name).toBe("Jama'at Nusrat al-Islam wal-Muslimin");
    expect(jnim?.aliases).toEqual(["Jama'at Nusrat al-Islam wal Muslimin", 'JNIM']);
    expect(jnim?.mentions).toBe(3);
    expect(jnim?.paragraphs).toEqual([0, 1]);
    expect(entities.filter((e) => e.id === 'jnim')).toHaveLength(1);
  });

  it('reads curly apostrophes, missing apostrophes and hyphen/space variants as one name', () => {
    const entities = find([
      'Jama’at Nusrat al-Islam wal-Muslimin claimed it.',
      'Jamaat Nusrat al Islam wal Muslimin denied it.',
      'Fighters of al-Qaeda, al-Qaida, Al Qaeda and al Qaeda, and Al-Qaïda in French.',
    ]);
    expect(byId(entities, 'jnim')?.mentions).toBe(2);
    const qaeda = byId(entities, 'al-qaeda');
    expect(qaeda?.mentions).toBe(5);
    // Forms that differ only in case are one alias; the first spelling is kept.
    expect(qaeda?.aliases).toEqual(['al-Qaida', 'Al Qaeda', 'Al-Qaïda']);
  });

  it('treats U.S., US and United States as one spelling', () => {
    const entities = find([
      'The U.S. Africa Command said on Monday that it was watching.',
      'US Africa Command and the United States Africa Command are one body; so is AFRICOM.',
    ]);
    const africom = byId(entities, 'africom');
    expect(africom?.mentions).toBe(4);
    expect(africom?.aliases).toEqual(['U.S. Africa Command', 'US Africa Command', 'AFRICOM']);
  });

  it('matches possessives and keeps the surface form without "\'s"', () => {
    const entities = find([
      "Al-Qaida's leaders and Nato's allies met.",
      'JNIM’s statement was short.',
    ]);
    expect(byId(entities, 'al-qaeda')?.aliases).toEqual(['Al-Qaida']);
    expect(byId(entities, 'nato')?.aliases).toEqual(['Nato']);
    expect(byId(entities, 'jnim')?.aliases).toEqual(['JNIM']);
  });

  it('keeps short and all-caps aliases case-sensitive', () => {
    const entities = find([
      'Let us see what is left of it; tell us.',
      'This is what IS said, and the UN agreed, un peu.',
    ]);
    expect(byId(entities, 'islamic-state')?.mentions).toBe(1);
    expect(byId(entities, 'united-nations')?.mentions).toBe(1);
    expect(byId(entities, 'us-armed-forces')).toBeUndefined();
  });

  it('does not read acronyms in all-caps lines, where they may be plain words', () => {
    const entities = find(['WHY THIS IS THE END OF IT FOR US', 'IS fighters attacked.']);
    expect(byId(entities, 'islamic-state')?.paragraphs).toEqual([1]);
  });

  it('needs the capital of a capitalised name, but not of its later words', () => {
    const entities = find([
      'Child labour and the labour party of workers were discussed.',
      'Labour won the vote, while the Wagner group and the wagner group fans argued.',
    ]);
    expect(byId(entities, 'labour-party')?.mentions).toBe(1);
    expect(byId(entities, 'wagner-group')?.aliases).toEqual([]);
    expect(byId(entities, 'wagner-group')?.mentions).toBe(1);
  });

  it('reads long acronyms in title case only inside ordinary sentences', () => {
    const entities = find([
      'Why The Fact Matters For Chad',
      'Fact: the rebels of FACT advanced, and Fact fighters followed.',
      'In fact, nobody knew.',
    ]);
    expect(byId(entities, 'fact')?.mentions).toBe(2);
    expect(byId(entities, 'fact')?.paragraphs).toEqual([1]);
  });

  it('respects word boundaries and prefers the longest name', () => {
    const entities = find([
      'The ISIS-K cell is not ISISX; Islamic State fighters joined ISIL.',
      'The United States Africa Command is not United States Armed Forces.',
    ]);
    expect(byId(entities, 'islamic-state')?.aliases).toEqual(['ISIS', 'ISIL']);
    expect(byId(entities, 'africom')?.mentions).toBe(1);
    expect(byId(entities, 'us-armed-forces')?.mentions).toBe(1);
  });

  it('gives background and resolves only existing affiliations', () => {
    const [jnim] = find(['JNIM claimed the attack.']);
    expect(jnim?.summary).toBe('Sahel branch of al-Qaeda.');
    expect(jnim?.url).toBe('https://en.wikipedia.org/wiki/Jama%27at_Nasr_al-Islam_wal_Muslimin');
    expect(jnim?.kind).toBe('armed group');
    expect(jnim?.wikidata).toBe('Q28009779');
    expect(jnim?.affiliations).toEqual([
      { id: 'al-qaeda', name: 'al-Qaeda', relation: 'affiliate of' },
    ]);
  });

  it('skips the paragraphs it is told to skip and sorts by first mention', () => {
    const entities = find(
      ['JNIM attacked.', 'NATO met.', 'The UN spoke. JNIM again.', 'NATO met.'],
      new Set([3]),
    );
    expect(entities.map((e) => e.id)).toEqual(['jnim', 'nato', 'united-nations']);
    expect(byId(entities, 'nato')?.paragraphs).toEqual([1]);
    expect(byId(entities, 'jnim')?.paragraphs).toEqual([0, 2]);
  });

  it('looks entries up by slug or Wikidata id', () => {
    expect(lookupEntry(TEST_KB, 'al-qaeda')?.name).toBe('al-Qaeda');
    expect(lookupEntry(TEST_KB, 'Q34490')?.id).toBe('al-qaeda');
    expect(lookupEntry(TEST_KB, 'nope')).toBeUndefined();
    expect(createGroupFinder(TEST_KB).lookup('jnim')?.kind).toBe('armed group');
  });
});

describe('national phrases', () => {
  it('reads demonym and possessive descriptions as the national armed forces', () => {
    const entities = find([
      'The Malian army said it repelled the attack.',
      "Mali's military later confirmed it; Malian troops and the Malian forces held.",
      "Selon l'armée malienne, les FAMa ont tenu.",
    ]);
    const fama = byId(entities, 'malian-armed-forces');
    expect(fama?.mentions).toBe(6);
    expect(fama?.aliases).toEqual([
      'Malian army',
      "Mali's military",
      'Malian troops',
      'Malian forces',
      'armée malienne',
      'FAMa',
    ]);
  });

  it('resolves US / U.S. / American military and government phrases', () => {
    const entities = find([
      'The U.S. military and American troops left; the US government said so.',
      'The United States government and the armed forces of the United States agreed.',
    ]);
    expect(byId(entities, 'us-armed-forces')?.mentions).toBe(3);
    expect(byId(entities, 'us-government')?.mentions).toBe(2);
    expect(byId(entities, 'malian-armed-forces')).toBeUndefined();
  });

  it('names a phrase the knowledge base has no entry for, without background', () => {
    const entities = find(['The Russian army and the Nigerien government said nothing.']);
    expect(entities.map((e) => [e.name, e.kind, e.summary])).toEqual([
      ['Russian army', 'military', null],
      ['Nigerien government', 'government', null],
    ]);
  });

  it('does not read a bare "the military" or "the government" as any country', () => {
    expect(find(['The military and the government disagreed.'])).toEqual([]);
  });
});
