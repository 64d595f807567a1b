// The key sample: the Mali article as one reader got it, headline and a run of five paragraphs
// printed twice. The expected marks are derived from the text (first copy of each repeated line),
// not hard-coded indexes, and everything else must stay visible.
import { describe, expect, it } from 'vitest';
import { findRepeatBlocks, findRepeats, normalizeText } from '../../../src/core/repeats';
import { maliParagraphs } from './shared-data';

const TITLE = 'Series of Coordinated Attacks Target Mali Military Posts';

/** For each paragraph printed again later, [later index, first index] from plain text equality. */
function repeatedLines(paragraphs: readonly string[]): [number, number][] {
  const first = new Map<string, number>();
  const pairs: [number, number][] = [];
  paragraphs.forEach((text, index) => {
    const seen = first.get(text.trim());
    if (seen === undefined) first.set(text.trim(), index);
    else pairs.push([index, seen]);
  });
  return pairs;
}

describe('Mali sample', () => {
  const paragraphs = maliParagraphs();
  const expected = repeatedLines(paragraphs);

  it('has the shape the brief describes: headline twice, last five lines repeated', () => {
    expect(expected).toHaveLength(6);
    expect(normalizeText(paragraphs[expected[0]?.[0] ?? -1] ?? '')).toBe(normalizeText(TITLE));
    expect(expected.slice(1).map(([later]) => later)).toEqual(
      [5, 4, 3, 2, 1].map((back) => paragraphs.length - back),
    );
  });

  it('without a title: exactly the repeated lines are repeats of their first copies', () => {
    const marks = findRepeats(paragraphs, null);
    expect(marks.map((m) => [m.index, m.duplicateOf])).toEqual(expected);
    expect(marks.every((m) => m.repeat.kind === 'exact' && m.repeat.changes.length === 0)).toBe(
      true,
    );
  });

  it('with the title: both headline lines are the headline printed again, then the same repeats', () => {
    const marks = findRepeats(paragraphs, TITLE);
    const headlineIndex = paragraphs.findIndex((p) => normalizeText(p) === normalizeText(TITLE));
    const headline = (index: number) => ({
      index,
      duplicateOf: null,
      repeat: { kind: 'headline', changes: [] },
    });
    // The second copy points at no paragraph: its first copy is hidden too (a first copy never is).
    expect(marks.slice(0, 2)).toEqual([headline(headlineIndex), headline(expected[0]?.[0] ?? -1)]);
    expect(marks.slice(2).map((m) => [m.index, m.duplicateOf])).toEqual(expected.slice(1));
  });

  it('reports the repeated run as one block', () => {
    const [, ...run] = expected;
    const blocks = findRepeatBlocks(findRepeats(paragraphs, null));
    expect(blocks).toEqual([
      { start: run[0]?.[0], end: paragraphs.length, sourceStart: run[0]?.[1] },
    ]);
  });

  it('reports the exact change when a repeated paragraph was edited', () => {
    const casualtyCopy = expected.find(([later]) =>
      /\b30 soldiers\b/.test(paragraphs[later] ?? ''),
    );
    expect(casualtyCopy).toBeDefined();
    const [later = -1, source = -1] = casualtyCopy ?? [];
    const edited = paragraphs.map((p, i) =>
      i === later ? p.replace('30 soldiers', '31 soldiers') : p,
    );
    const marks = findRepeats(edited, null);
    expect(marks.find((m) => m.index === later)).toEqual({
      index: later,
      duplicateOf: source,
      repeat: { kind: 'edited', changes: [{ from: '30', to: '31' }] },
    });
    expect(marks.map((m) => [m.index, m.duplicateOf])).toEqual(expected);
  });
});
