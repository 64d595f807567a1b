// Property-based tests of the DOM-free core (issue 8, "never break the page, never trust the
// page"): on random and hostile text, analyze() and each analysis never throw, stay within a
// time bound, and keep the report's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { createRepeatDetector, findRepeats } from '../../../src/core/repeats';
import { findFigures, splitSentences } from '../../../src/core/figures';
import { findGroups } from '../../../src/core/groups';
import type { Report } from '../../../src/core/report';
import {
  RUNS,
  articleInput,
  articleParagraphs,
  lang,
  paragraph,
  timed,
  title,
} from './arbitraries';

/** Per-input bound for the small generated articles (a few KB): generous for a noisy 2-core box. */
const SMALL_INPUT_MS = 2_000;

const finiteOrNull = (value: number | null): boolean => value === null || Number.isFinite(value);

/** Every invariant of a Report that does not depend on what the text means. */
function checkReport(report: Report, paragraphs: readonly string[]): void {
  expect(report.paragraphs).toHaveLength(paragraphs.length);
  const repeated = new Set<number>();
  report.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(p.text).toBe(paragraphs[i]);
    if (p.repeat) repeated.add(i);
    if (p.duplicateOf !== null) {
      expect(p.repeat).toBeDefined();
      expect(p.repeat?.kind).not.toBe('headline');
    } else if (p.repeat) {
      expect(p.repeat.kind).toBe('headline');
    }
  });
  for (const p of report.paragraphs) {
    if (p.duplicateOf === null) continue;
    // A first copy is never hidden: the copy points back, at a paragraph that is not a repeat.
    expect(p.duplicateOf).toBeGreaterThanOrEqual(0);
    expect(p.duplicateOf).toBeLessThan(p.index);
    expect(report.paragraphs[p.duplicateOf]?.repeat).toBeUndefined();
  }
  for (const f of report.figures) {
    expect(f.paragraph).toBeGreaterThanOrEqual(0);
    expect(f.paragraph).toBeLessThan(paragraphs.length);
    expect(repeated.has(f.paragraph)).toBe(false);
    expect(f.text.length).toBeGreaterThan(0);
    expect(finiteOrNull(f.value)).toBe(true);
    expect(f.attributed).toBe(f.source !== null || f.vague === true);
    if (f.start !== undefined && f.end !== undefined) {
      expect(0 <= f.start && f.start <= f.end && f.end <= f.sentence.length).toBe(true);
      expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
    }
    expect(paragraphs[f.paragraph]).toContain(f.text);
  }
  // A conflict points at two listed figures, the earlier first; a figure is the later one once.
  const laterOnes = new Set<number>();
  for (const c of report.conflicts) {
    const [earlier, later] = c.figures;
    expect(earlier).toBeGreaterThanOrEqual(0);
    expect(earlier).toBeLessThan(later);
    expect(later).toBeLessThan(report.figures.length);
    expect(laterOnes.has(later)).toBe(false);
    laterOnes.add(later);
    expect(['different sources', 'updated', 'unexplained']).toContain(c.kind);
    expect(c.counted.trim().length).toBeGreaterThan(0);
  }
  for (const e of report.entities) {
    expect(e.mentions).toBeGreaterThanOrEqual(1);
    expect(e.name.trim().length).toBeGreaterThan(0);
    for (const i of e.paragraphs ?? []) {
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(paragraphs.length);
      expect(repeated.has(i)).toBe(false);
    }
  }
  // The report crosses a message channel and is printed as JSON: it must survive the trip.
  expect(JSON.parse(JSON.stringify(report))).toStrictEqual(JSON.parse(JSON.stringify(report)));
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe('analyze() on random and hostile articles', () => {
  it('never throws, stays fast and keeps every report invariant', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const { value: report, ms } = timed(() => analyze(input));
        expect(ms).toBeLessThan(SMALL_INPUT_MS);
        checkReport(report, input.paragraphs);
        expect(report.article).toEqual({
          title: input.title,
          byline: input.byline,
          siteName: input.siteName,
          lang: input.lang,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        expect(analyze(input)).toEqual(analyze(structuredClone(input)));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('repeats on random and hostile paragraphs', () => {
  it('the detector fed one by one agrees with findRepeats, and first copies stay visible', () => {
    fc.assert(
      fc.property(articleParagraphs(16), title, (paragraphs, t) => {
        const marks = findRepeats(paragraphs, t);
        const detector = createRepeatDetector(t);
        const oneByOne = paragraphs.map((p) => detector.add(p)).filter((m) => m !== null);
        expect(oneByOne).toEqual(marks);
        expect(detector.size).toBe(paragraphs.length);
        const marked = new Set(marks.map((m) => m.index));
        let last = -1;
        for (const m of marks) {
          expect(m.index).toBeGreaterThan(last);
          last = m.index;
          if (m.duplicateOf === null) {
            expect(m.repeat.kind).toBe('headline');
          } else {
            expect(m.duplicateOf).toBeLessThan(m.index);
            expect(marked.has(m.duplicateOf)).toBe(false);
          }
          for (const c of m.repeat.changes) {
            expect(typeof c.from).toBe('string');
            expect(typeof c.to).toBe('string');
          }
        }
        // Bounded by counted work, not time: a constant times the characters fed.
        const chars = paragraphs.reduce((n, p) => n + p.length, 0);
        expect(detector.operations).toBeLessThanOrEqual(200 * (chars + paragraphs.length) + 1000);
      }),
      { numRuns: RUNS },
    );
  });

  it('an exact later copy of a long prose paragraph is a repeat of the first copy', () => {
    fc.assert(
      fc.property(articleParagraphs(6), (paragraphs) => {
        const prose =
          'The army said on Tuesday that thirty soldiers had been killed in the attack on the ' +
          'base near the border, and that reinforcements had been sent from the capital.';
        const all = [prose, ...paragraphs, prose];
        const marks = findRepeats(all, null);
        const last = marks.find((m) => m.index === all.length - 1);
        expect(last?.duplicateOf).toBe(0);
        expect(marks.some((m) => m.index === 0)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('figures on random and hostile paragraphs', () => {
  it('splitSentences returns in-order slices of the paragraph', () => {
    fc.assert(
      fc.property(paragraph(80), lang, (text, l) => {
        const sentences = splitSentences(text, l);
        let end = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
          end = s.start + s.text.length;
        }
        expect(end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('findFigures: every figure lies in its sentence and paragraph, skipped paragraphs stay out', () => {
    fc.assert(
      fc.property(articleParagraphs(), lang, fc.array(fc.nat(15)), (paragraphs, l, skipped) => {
        const skip = new Set(skipped);
        const { value: figures, ms } = timed(() => findFigures(paragraphs, { lang: l, skip }));
        expect(ms).toBeLessThan(SMALL_INPUT_MS);
        for (const f of figures) {
          expect(skip.has(f.paragraph)).toBe(false);
          expect(paragraphs[f.paragraph]).toContain(f.sentence.slice(f.start ?? 0, f.end));
          if (f.start !== undefined && f.end !== undefined) {
            expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
          }
          expect(finiteOrNull(f.value)).toBe(true);
        }
        expect(findFigures(paragraphs, { lang: l, skip })).toEqual(figures);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('groups on random and hostile paragraphs', () => {
  it('findGroups: mentions ≥ 1, paragraphs in range and not skipped, deterministic', () => {
    fc.assert(
      fc.property(articleParagraphs(), lang, fc.array(fc.nat(15)), (paragraphs, l, skipped) => {
        const skip = new Set(skipped);
        const { value: groups, ms } = timed(() => findGroups(paragraphs, { lang: l, skip }));
        expect(ms).toBeLessThan(SMALL_INPUT_MS);
        const names = new Set<string>();
        for (const g of groups) {
          expect(g.mentions).toBeGreaterThanOrEqual(1);
          expect(g.name.length).toBeGreaterThan(0);
          expect(names.has(g.name)).toBe(false);
          names.add(g.name);
          for (const i of g.paragraphs ?? []) {
            expect(i).toBeLessThan(paragraphs.length);
            expect(skip.has(i)).toBe(false);
          }
        }
        expect(findGroups(paragraphs, { lang: l, skip })).toEqual(groups);
      }),
      { numRuns: RUNS },
    );
  });
});
