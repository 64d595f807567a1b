// The CLI's readable report (issue 18): the popup's order and words, group links printed,
// wrapped to the terminal's width, no control character from the page.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/cli/format-report';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { readSampleLines } from '../../fixtures/shared-data';

const lines = readSampleLines();
const sample = analyze({
  title: lines[1] ?? null,
  byline: null,
  siteName: 'BBC News',
  lang: 'en',
  paragraphs: lines,
});

describe('formatReport', () => {
  const text = formatReport(sample, { width: 80 });
  const at = (s: string): number => {
    const i = text.indexOf(s);
    expect(i, s).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('opens with the overview, then figures, groups and repeated text, in that order', () => {
    expect(at('At a glance')).toBeLessThan(at('Figures: '));
    expect(at('  • 3 figures · 1 with no source · 2 claimed by a side')).toBeLessThan(
      at('  • 4 groups named'),
    );
    expect(at('  • 4 groups named')).toBeLessThan(at('  • 7 repeated paragraphs hidden'));
    expect(at('Figures: ')).toBeLessThan(at('Groups: '));
    expect(at('Groups: ')).toBeLessThan(at('Repeated text: '));
  });

  it("gives each figure the popup's reason, the figure marked in its trimmed sentence", () => {
    expect(at('! No source given: 30 soldiers')).toBeLessThan(at('Claim: over 80 militants'));
    expect(text).toContain('No one is named as the source of this number.');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Claimed by army spokesperson Col. Souleymane Dembele, a side in these events, not an independent source.',
    );
    expect(text.replace(/\s+/g, ' ')).toContain('in which [30 soldiers] were killed');
  });

  it('lists the groups as the popup does, the most named first', () => {
    expect(at('  Malian Armed Forces')).toBeLessThan(at('  al-Qaeda — armed group'));
    expect(at("  Jama'at Nusrat al-Islam wal-Muslimin")).toBeLessThan(
      at('  al-Qaeda — armed group'),
    );
    expect(text).not.toMatch(/^ {2}BBC/m);
  });

  it('prints the links between groups and their addresses', () => {
    expect(text).toContain('Affiliate of al-Qaeda');
    expect(text).toMatch(/Affiliates: Jama'at Nusrat al-Islam wal-Muslimin/);
    expect(text).toContain('Wikipedia: https://en.wikipedia.org/wiki/Al-Qaeda');
  });

  it('names the kind of each repeat without paragraph numbers the page never shows', () => {
    expect(text).toMatch(/Printed twice: “However, the al-Qaeda-linked group/);
    expect(text).not.toMatch(/¶/);
  });

  it('wraps to the width it is given, but never breaks an address', () => {
    for (const width of [40, 60, 100]) {
      const long = formatReport(sample, { width })
        .split('\n')
        .filter((l) => l.length > width);
      expect(
        long.every((l) => /https?:\/\/\S+$/.test(l.trim())),
        `${width}: ${long[0]}`,
      ).toBe(true);
    }
    expect(formatReport(sample, { width: 60 })).not.toBe(formatReport(sample, { width: 100 }));
  });

  it('a figure that needs no source is listed apart, with its reason', () => {
    const report: Report = {
      article: { title: 'Markets', byline: null, siteName: null, lang: 'en' },
      paragraphs: [{ index: 0, text: 'The Dow fell 1.2% on Friday.', duplicateOf: null }],
      entities: [],
      conflicts: [],
      figures: [
        {
          paragraph: 0,
          sentence: 'The Dow fell 1.2% on Friday.',
          text: '1.2%',
          value: 1.2,
          attributed: false,
          source: null,
          cue: null,
          needsSource: false,
          record: 'market',
        },
      ],
    };
    const out = formatReport(report, { width: 80 });
    expect(out).toContain('Figures: 1 figure · 1 needs no source');
    expect(out).toContain('1 figure that needs no source:');
    expect(out).toContain('A market figure: a matter of record.');
    expect(out).not.toContain('No source given');
  });

  it('keeps no control character of the page', () => {
    const dirty: Report = {
      ...sample,
      article: { ...sample.article, title: 'Attack \u001b[2J\u0007 kills\r dozens' },
    };
    const out = formatReport(dirty, { width: 80 });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('Attack [2J kills dozens');
  });
});
