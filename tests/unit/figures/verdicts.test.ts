// How a figure reads to the reader (issue 16's user-facing part, issue 18's reasons): only a
// figure that needs a source and names none is "no source given"; a side's claim is not a named
// source; the sentence is trimmed around the figure, so two figures of one sentence differ.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import {
  byVerdict,
  countVerdicts,
  excerpt,
  figureVerdict,
} from '../../../src/core/figure-verdicts';
import { unsourcedFigures, type ReportFigure } from '../../../src/core/report';
import { readSampleLines } from '../../fixtures/shared-data';

const figure = (over: Partial<ReportFigure>): ReportFigure => ({
  paragraph: 0,
  sentence: 'At least 30 soldiers were killed.',
  text: '30 soldiers',
  value: 30,
  attributed: false,
  source: null,
  cue: null,
  start: 9,
  end: 20,
  needsSource: true,
  ...over,
});

describe('figure verdicts', () => {
  it('flags only a figure that needs a source and names none', () => {
    expect(figureVerdict(figure({}))).toBe('unsourced');
    expect(figureVerdict(figure({ needsSource: false, record: 'market' }))).toBe('record');
    // A report of an earlier version, without needsSource: unattributed is flagged, as it was.
    expect(figureVerdict(figure({ needsSource: undefined }))).toBe('unsourced');
  });

  it('tells a side claiming from an independent source, and a vague source from both', () => {
    const named = { attributed: true, source: 'the army', cue: 'said' };
    expect(figureVerdict(figure({ ...named, party: true }))).toBe('party');
    expect(figureVerdict(figure({ ...named, party: false }))).toBe('sourced');
    expect(figureVerdict(figure({ attributed: true, source: 'officials', vague: true }))).toBe(
      'vague',
    );
    expect(figureVerdict(figure({ attributed: true, source: null }))).toBe('vague');
  });

  it('counts "no source given" without the figures that need no source', () => {
    const report = {
      article: { title: null, byline: null, siteName: null, lang: 'en' },
      paragraphs: [],
      entities: [],
      conflicts: [],
      figures: [figure({}), figure({ needsSource: false, record: 'time' })],
    };
    expect(unsourcedFigures(report)).toBe(1);
  });

  it('orders figures as a reader acts on them, reading order within each verdict', () => {
    const figures = [
      figure({ text: 'a', needsSource: false, record: 'time' }),
      figure({ text: 'b', attributed: true, source: 'WHO' }),
      figure({ text: 'c' }),
      figure({ text: 'd', attributed: true, source: 'the army', party: true }),
      figure({ text: 'e' }),
    ];
    expect(byVerdict(figures).map((f) => f.text)).toEqual(['c', 'e', 'd', 'b', 'a']);
    expect(countVerdicts(figures.map(figureVerdict))).toEqual({
      total: 5,
      unsourced: 2,
      party: 1,
      vague: 0,
      sourced: 1,
      record: 1,
    });
  });

  it('the sample: "30 soldiers" has no source, the other two are claims by a side', () => {
    const lines = readSampleLines();
    const report = analyze({
      title: lines[1] ?? null,
      byline: null,
      siteName: null,
      lang: 'en',
      paragraphs: lines,
    });
    expect(byVerdict(report.figures).map((f) => [f.text, figureVerdict(f)])).toEqual([
      ['30 soldiers', 'unsourced'],
      ['over 80 militants', 'party'],
      ['three military barracks', 'party'],
    ]);
  });
});

describe('excerpt', () => {
  const sentence =
    'The ministry said on Tuesday evening, after a long meeting of the cabinet in the capital, that 1,200 homes had been destroyed and that 300 more were damaged by the floods that swept the northern provinces last week.';
  const at = (text: string): ReportFigure =>
    figure({
      sentence,
      text,
      start: sentence.indexOf(text),
      end: sentence.indexOf(text) + text.length,
    });

  it('keeps the figure whole, marked apart, with whole words trimmed around it', () => {
    const cut = excerpt(at('1,200 homes'), 40);
    expect(cut.figure).toBe('1,200 homes');
    expect(cut.before).toMatch(/^…\S/);
    expect(cut.before.length).toBeLessThanOrEqual(41);
    expect(cut.after).toMatch(/\S…$/);
    expect(sentence).toContain(cut.before.slice(1) + cut.figure + cut.after.slice(0, -1));
  });

  it('two figures of one sentence read differently', () => {
    const a = excerpt(at('1,200 homes'), 40);
    const b = excerpt(at('300 more'), 40);
    expect(`${a.before}${a.figure}${a.after}`).not.toBe(`${b.before}${b.figure}${b.after}`);
  });

  it('a short sentence is not cut', () => {
    expect(excerpt(figure({}))).toEqual({
      before: 'At least ',
      figure: '30 soldiers',
      after: ' were killed.',
    });
  });

  it('finds the figure by its text when the offsets are missing or wrong', () => {
    expect(excerpt(figure({ start: undefined, end: undefined })).figure).toBe('30 soldiers');
    expect(excerpt(figure({ start: 0, end: 5 })).figure).toBe('30 soldiers');
    expect(excerpt(figure({ text: 'forty' }))).toEqual({
      before: 'At least 30 soldiers were killed.',
      figure: '',
      after: '',
    });
  });
});
