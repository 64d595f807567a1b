// The CLI's human report lists the figures that disagree after the figures, each pair side by side
// with who stands behind each (in the popup's terms), and says "none" when none do.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/cli/format-report';
import { analyze } from '../../../src/core/analyze';

const reportOf = (paragraphs: string[]) =>
  analyze({ title: 'An attack', byline: null, siteName: null, lang: 'en', paragraphs });

describe('figures that disagree, in the human report', () => {
  it('shows each pair side by side with its sources, after the figures', () => {
    const text = formatReport(
      reportOf([
        'Gunmen killed 30 soldiers in the attack, according to army spokesperson Col. Ali Traore.',
        'Residents said the fighting lasted for hours.',
        'JNIM said 45 soldiers were killed in the attack.',
        'Officials now say 48 soldiers were killed in the attack.',
      ]),
      { width: 80 },
    );
    const lines = text.split('\n');
    // The overview says so under the figures' line, as the popup's does.
    const overview = lines.indexOf('  • 2 pairs of figures disagree');
    expect(overview).toBe(lines.findIndex((l) => l.startsWith('  • 3 figures')) + 1);
    const at = lines.indexOf('Figures that disagree: 2 pairs');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Figures: ')));
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith('Groups: ')));
    // Each side in the popup's terms (a side's claim, a vague source), wrapped at 80 columns.
    expect(lines.slice(at + 1, at + 7)).toEqual([
      '  soldiers killed (different sources):',
      '      “30 soldiers” (claimed by army spokesperson Col. Ali Traore) ≠ “45',
      '      soldiers” (claimed by JNIM)',
      '  soldiers killed (the later figure says it was updated):',
      '      “45 soldiers” (claimed by JNIM) ≠ “48 soldiers” (source: Officials, not',
      '      named)',
    ]);
  });

  it('says none when no figures disagree', () => {
    const text = formatReport(reportOf(['Gunmen killed 30 soldiers in the attack.']), {
      width: 80,
    });
    expect(text).toContain('Figures that disagree: none\n');
  });

  it('names a figure in the reporter’s voice as having no source', () => {
    const text = formatReport(
      reportOf(['The budget is $2.1bn.', 'Critics say it is small.', 'The budget is $1.9bn.']),
      { width: 80 },
    );
    expect(text).toContain('      “$2.1bn” (no source given) ≠ “$1.9bn” (no source given)');
  });
});
