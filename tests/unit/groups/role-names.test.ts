import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';

const EMPTY: KnowledgeBase = [];
const names = (text: string): string[] =>
  findGroups([text], { lang: 'en', knowledgeBase: EMPTY }).map((g) => g.name);

describe('organisations named by a role in them', () => {
  it('reads "an analyst at X", "the chief executive of X", "a reporter for X"', () => {
    expect(
      names(
        'Jane Roe, an analyst at Gartnerix, agreed with Tom Poe, the chief executive of Dashlane, and Ann Loe, a reporter for Eurogamer.',
      ),
    ).toEqual(['Gartnerix', 'Dashlane', 'Eurogamer']);
  });

  it('leaves countries, lower-case words and numbers alone', () => {
    expect(
      names('The president of France met a professor of economics and the head of 3 teams.'),
    ).toEqual([]);
  });
});
