// The person-readable report: what was repeated, which figures lack a source, which figures
// disagree, who is named.
import { monthYear } from '../core/month-year';
import {
  unsourcedFigures,
  type ConflictKind,
  type Report,
  type ReportFigure,
} from '../core/report';
import { terminalText } from './terminal-text';

const PREVIEW_CHARS = 90;

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1).trimEnd()}…` : text;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How each kind of disagreement reads in the report. */
const CONFLICT_KINDS: Record<ConflictKind, string> = {
  'different sources': 'different sources',
  updated: 'the later figure says it was updated',
  unexplained: 'the article does not say why',
};

/** One figure of a disagreeing pair: "30 soldiers" (¶7, source: the army). */
function sideOf(f: ReportFigure): string {
  const who = f.attributed
    ? `${f.vague ? 'vague source' : 'source'}: ${f.source ?? '?'}`
    : 'no source given';
  return `"${f.text}" (¶${f.paragraph + 1}, ${who})`;
}

/** The report for a terminal: page text throughout, so no control character is kept. */
export function formatReport(report: Report): string {
  const out: string[] = [];
  const { article } = report;
  out.push(article.title ?? '(untitled article)');
  const meta = [article.siteName, article.byline, article.lang].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  out.push(plural(report.paragraphs.length, 'paragraph'));
  out.push('');

  const repeats = report.paragraphs.filter((p) => p.repeat || p.duplicateOf !== null);
  out.push(
    `Repeated text: ${repeats.length === 0 ? 'none' : plural(repeats.length, 'paragraph') + ' hidden'}`,
  );
  for (const p of repeats) {
    const kind = p.repeat?.kind ?? 'exact';
    const of =
      kind === 'headline'
        ? 'the headline'
        : p.duplicateOf !== null
          ? `¶${p.duplicateOf + 1}`
          : 'an earlier paragraph';
    const label =
      kind === 'edited'
        ? 'repeats with changes'
        : kind === 'contained'
          ? 'repeats part of'
          : 'repeats';
    out.push(`  ¶${p.index + 1} ${label} ${of}: "${preview(p.text)}"`);
    for (const c of p.repeat?.changes ?? []) out.push(`      changed: "${c.from}" → "${c.to}"`);
  }
  out.push('');

  const unsourced = unsourcedFigures(report);
  out.push(
    `Figures: ${plural(report.figures.length, 'figure')} · ${report.figures.length - unsourced} with a source · ${unsourced} without`,
  );
  for (const f of report.figures) {
    const who = f.attributed
      ? `${f.vague ? 'vague source' : 'source'}: ${f.source ?? '?'}${f.cue ? ` (${f.cue})` : ''}`
      : 'NO SOURCE GIVEN';
    out.push(`  ${f.attributed ? ' ' : '!'} "${f.text}" (¶${f.paragraph + 1}) — ${who}`);
  }
  out.push('');

  out.push(
    `Figures that disagree: ${report.conflicts.length === 0 ? 'none' : plural(report.conflicts.length, 'pair')}`,
  );
  for (const c of report.conflicts) {
    const [first, second] = c.figures.map((i) => report.figures[i]);
    if (first === undefined || second === undefined) continue;
    out.push(`  ${c.counted} (${CONFLICT_KINDS[c.kind]}):`);
    out.push(`    ${sideOf(first)}  ≠  ${sideOf(second)}`);
  }
  out.push('');

  out.push(`Groups named: ${report.entities.length === 0 ? 'none' : report.entities.length}`);
  for (const e of report.entities) {
    const aka = e.aliases.length ? ` (also: ${e.aliases.join(', ')})` : '';
    out.push(`  ${e.name}${aka} — ${e.kind}, ${plural(e.mentions, 'mention')}`);
    if (e.summary) out.push(`      ${e.summary}`);
    if (e.asOf) {
      const sources = (e.sources ?? []).map((s) => s.url).join(', ');
      out.push(`      As of ${monthYear(e.asOf, 'en')}${sources ? `; sources: ${sources}` : ''}`);
    }
    if (e.url) out.push(`      ${e.url}`);
  }
  return terminalText(out.join('\n') + '\n');
}
