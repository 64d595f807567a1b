// The words a finding is told in (popup and CLI alike), in English through the CLI's lookup of
// the same messages file the extension uses.
import { describe, expect, it } from 'vitest';
import { englishWords as w } from '../../../src/cli/english';
import { countVerdicts, figureVerdict } from '../../../src/core/figure-verdicts';
import type { ReportFigure } from '../../../src/core/report';
import {
  conflictKind,
  conflictSide,
  conflictsLine,
  figureReason,
  figureTag,
  figuresLine,
  groupsLine,
  repeatKind,
  repeatsLine,
} from '../../../src/shared/reasons';

const figure = (over: Partial<ReportFigure>): ReportFigure => ({
  paragraph: 0,
  sentence: 'x',
  text: '30 soldiers',
  value: 30,
  attributed: false,
  source: null,
  cue: null,
  needsSource: true,
  ...over,
});

describe('figure reasons', () => {
  it.each([
    [{}, 'No source given', 'No one is named as the source of this number.'],
    [
      { attributed: true, source: 'JNIM', cue: 'claimed', party: true },
      'Claim',
      'Claimed by JNIM, a side in these events, not an independent source.',
    ],
    [
      { attributed: true, source: 'officials', cue: 'said', vague: true },
      'Vague source',
      'Source: officials, not named.',
    ],
    [
      { attributed: true, source: 'the World Health Organization', cue: 'said', party: false },
      'Source named',
      'Source: the World Health Organization.',
    ],
    [
      { needsSource: false, record: 'market' },
      'No source needed',
      'A market figure: a matter of record.',
    ],
    [
      { needsSource: false, record: 'penalty' },
      'No source needed',
      'A legal penalty: a matter of record.',
    ],
    [{ needsSource: false, record: 'something new' }, 'No source needed', 'No source needed.'],
  ])('%j → %s: %s', (over, tag, reason) => {
    const f = figure(over);
    expect(figureTag(w, figureVerdict(f))).toBe(tag);
    expect(figureReason(w, f)).toBe(reason);
  });

  it('a claim names who claims; an independent source is not worded as a claim', () => {
    const claim = figureReason(w, figure({ attributed: true, source: 'the army', party: true }));
    const report = figureReason(w, figure({ attributed: true, source: 'Reuters', party: false }));
    expect(claim).toMatch(/^Claimed by the army/);
    expect(report).not.toMatch(/claim/i);
  });
});

describe('overview lines', () => {
  it('figures: the total, then only the parts that are not zero', () => {
    const counts = countVerdicts(['unsourced', 'party', 'party', 'record', 'sourced']);
    expect(figuresLine(w, counts)).toBe(
      '5 figures · 1 with no source · 2 claimed by a side · 1 needs no source',
    );
    expect(figuresLine(w, countVerdicts(['sourced']))).toBe('1 figure');
    expect(figuresLine(w, countVerdicts([]))).toBe('No figures');
    expect(figuresLine(w, countVerdicts(['sourced']), 1)).toBe('2 figures · 1 you marked wrong');
  });

  it('groups', () => {
    expect(groupsLine(w, 5)).toBe('5 groups named');
    expect(groupsLine(w, 1)).toBe('1 group named');
    expect(groupsLine(w, 0)).toBe('No groups named');
    expect(groupsLine(w, 3, 1)).toBe('3 groups named · 1 you marked wrong');
  });

  it('repeats say what the page shows: hidden, shown, or both', () => {
    expect(repeatsLine(w, { hidden: 6, shown: 0 })).toBe('6 repeated paragraphs hidden');
    expect(repeatsLine(w, { hidden: 4, shown: 2 })).toBe(
      '6 repeated paragraphs · 4 hidden · 2 shown',
    );
    expect(repeatsLine(w, { hidden: 0, shown: 6 })).toBe('6 repeated paragraphs · 6 shown');
    expect(repeatsLine(w, { hidden: 0, shown: 0 })).toBe('Nothing printed twice');
    expect(repeatsLine(w, { hidden: 1, shown: 0, marked: 1 })).toBe(
      '1 repeated paragraph hidden · 1 you marked wrong',
    );
  });

  it('a repeat of the headline says it is the headline, once', () => {
    expect(repeatKind(w, 'headline')).toBe('The headline, printed again');
    expect(repeatKind(w, 'exact')).toBe('Printed twice');
  });
});

describe('figures that disagree', () => {
  it('words the overview line, the kind and each side as the verdicts do', () => {
    expect(conflictsLine(w, 1)).toBe('2 figures disagree');
    expect(conflictsLine(w, 3)).toBe('3 pairs of figures disagree');
    expect(conflictKind(w, 'updated')).toBe('the later figure says it was updated');
    expect(conflictKind(w, 'different sources')).toBe('different sources');
    expect(conflictKind(w, 'unexplained')).toBe('the article does not say why');
    expect(conflictSide(w, figure({}))).toBe('no source given');
    expect(
      conflictSide(w, figure({ attributed: true, source: 'JNIM', cue: 'claimed', party: true })),
    ).toBe('claimed by JNIM');
    expect(
      conflictSide(w, figure({ attributed: true, source: 'officials', cue: 'said', vague: true })),
    ).toBe('source: officials, not named');
    expect(conflictSide(w, figure({ attributed: true, source: 'Reuters', cue: 'said' }))).toBe(
      'source: Reuters',
    );
    expect(conflictSide(w, figure({ needsSource: false, record: 'market' }))).toBe(
      'no source needed',
    );
  });
});
