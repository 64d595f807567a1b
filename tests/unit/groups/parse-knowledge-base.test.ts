// What the parser accepts of the review fields: asOf a real date, one to three sources with a web
// URL and a title, shared aliases with context words. A record that breaks them is dropped, as any
// malformed record (the knowledge-base test then names it).
import { describe, expect, it } from 'vitest';
import { parseKnowledgeBase } from '../../../src/core/groups';

const BASE = {
  id: 'front',
  wikidata: null,
  name: 'Alpha Front',
  aliases: [],
  kind: 'armed group',
  summary: 'Armed group.',
  affiliations: [],
  wikipedia: 'https://en.wikipedia.org/wiki/Alpha_Front',
  country: null,
};
const SOURCE = { url: 'https://example.org/story', title: 'A story', date: '2026-11-30' };
const parses = (fields: Record<string, unknown>): boolean =>
  parseKnowledgeBase([{ ...BASE, ...fields }]).length === 1;

describe('the review fields', () => {
  it('keeps asOf and sources when they are well formed', () => {
    const [entry] = parseKnowledgeBase([{ ...BASE, asOf: '2026-12-07', sources: [SOURCE] }]);
    expect(entry?.asOf).toBe('2026-12-07');
    expect(entry?.sources).toEqual([SOURCE]);
    expect(parses({})).toBe(true);
  });

  it('drops an entry whose asOf is not a real date', () => {
    expect(parses({ asOf: '2026-02-30', sources: [SOURCE] })).toBe(false);
    expect(parses({ asOf: 'December 2026', sources: [SOURCE] })).toBe(false);
  });

  it('drops an entry with no source, more than three, or one without a web URL or a title', () => {
    expect(parses({ asOf: '2026-12-07', sources: [] })).toBe(false);
    expect(parses({ asOf: '2026-12-07', sources: [SOURCE, SOURCE, SOURCE, SOURCE] })).toBe(false);
    expect(parses({ sources: [{ ...SOURCE, url: 'reuters.com/story' }] })).toBe(false);
    expect(parses({ sources: [{ ...SOURCE, title: ' ' }] })).toBe(false);
    expect(parses({ sources: [{ ...SOURCE, date: '30/11/2026' }] })).toBe(false);
  });

  it('drops an entry with a shared alias that has no context words', () => {
    expect(parses({ sharedAliases: [{ aliases: ['AF'], context: ['Sahel'] }] })).toBe(true);
    expect(parses({ sharedAliases: [{ aliases: ['AF'], context: [] }] })).toBe(false);
    expect(
      parses({
        sharedAliases: [{ aliases: ['AF'], context: ['Sahel'], otherMeanings: [{ meaning: 'x' }] }],
      }),
    ).toBe(false);
  });
});
