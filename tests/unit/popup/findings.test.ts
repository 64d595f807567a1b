// What the popup shows, from the report, the page's repeats and the reader's marks: the counts
// the overview and the sections share, and what a "Wrong?" mark changes.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { findings } from '../../../src/popup/findings';
import type { HiddenRepeat } from '../../../src/shared/messages';
import { figureMarkKey, groupMarkKey } from '../../../src/shared/wrong-marks';
import { readSampleLines } from '../../fixtures/shared-data';

const lines = readSampleLines();
const report = analyze({
  title: lines[1] ?? null,
  byline: null,
  siteName: 'BBC News',
  lang: 'en',
  paragraphs: lines,
});
const repeat = (index: number, visible: boolean, wrong = false): HiddenRepeat => ({
  index,
  duplicateOf: index - 5,
  kind: 'exact',
  changes: [],
  preview: `paragraph ${index}`,
  visible,
  key: `k${index}`,
  wrong,
});
const soldiers = report.figures.find((f) => f.text === '30 soldiers');

describe('popup findings', () => {
  it('the sample: the unsourced figure first, then the two claims; every group; the repeats', () => {
    const f = findings(report, [repeat(10, false), repeat(11, true)], new Set());
    expect(f.figures.map((v) => [v.figure.text, v.verdict])).toEqual([
      ['30 soldiers', 'unsourced'],
      ['over 80 militants', 'party'],
      ['three military barracks', 'party'],
    ]);
    expect(f.figureCounts).toMatchObject({ total: 3, unsourced: 1, party: 2 });
    expect(f.groups).toHaveLength(report.entities.length);
    // The most named first.
    const mentions = f.groups.map((e) => e.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    expect(f.groups.slice(0, 3).map((e) => e.name)).toContain(
      "Jama'at Nusrat al-Islam wal-Muslimin",
    );
    // The sign-off's "visit BBC Africa" names no group of the article (issue 15).
    expect(f.groups.map((e) => e.name)).not.toContain('BBC');
    expect([f.hidden, f.shown]).toEqual([1, 1]);
  });

  it('a figure marked wrong is unflagged but still listed, after the others', () => {
    const marks = new Set([`figure:${figureMarkKey(soldiers!)}`]);
    const f = findings(report, [], marks);
    expect(f.figures.map((v) => [v.figure.text, v.verdict])).toEqual([
      ['over 80 militants', 'party'],
      ['three military barracks', 'party'],
      ['30 soldiers', 'marked'],
    ]);
    expect(f.figureCounts.unsourced).toBe(0);
    expect(f.figuresMarked).toBe(1);
  });

  it('a group marked wrong leaves the cards; a paragraph marked wrong leaves the counts', () => {
    const africom = report.entities.find((e) => e.name === 'United States Africa Command');
    const marks = new Set([`group:${groupMarkKey(africom!)}`]);
    const f = findings(report, [repeat(10, false), repeat(14, true, true)], marks);
    expect(f.groups.map((e) => e.name)).not.toContain('United States Africa Command');
    expect(f.groupsMarked.map((e) => e.name)).toEqual(['United States Africa Command']);
    expect(f.repeats.map((r) => r.index)).toEqual([10]);
    expect(f.repeatsMarked.map((r) => r.index)).toEqual([14]);
    expect([f.hidden, f.shown]).toEqual([1, 0]);
  });
});

describe('figures that disagree', () => {
  it('pairs the report’s conflicts with their figures, the earlier first', () => {
    const disagreeing = analyze({
      title: 'An attack',
      byline: null,
      siteName: null,
      lang: 'en',
      paragraphs: [
        'Gunmen killed 30 soldiers in the attack, according to army spokesperson Col. Ali Traore.',
        'Residents said the fighting lasted for hours.',
        'JNIM said 45 soldiers were killed in the attack.',
      ],
    });
    expect(disagreeing.conflicts).toHaveLength(1);
    const f = findings(disagreeing, [], new Set());
    expect(
      f.conflicts.map((c) => [c.counted, c.kind, c.first.text, c.second.text, c.second.source]),
    ).toEqual([['soldiers killed', 'different sources', '30 soldiers', '45 soldiers', 'JNIM']]);
  });

  it('has none on the sample', () => {
    expect(findings(report, [], new Set()).conflicts).toEqual([]);
  });
});
