// The person-readable report, in the popup's words and order (src/shared/reasons.ts, the English
// messages file): the overview first, then the figures (those that need the reader first, each
// with its reason), the figures that disagree, the groups named (with what links them), and the
// repeated text. Wrapped to the terminal's width; page text throughout, so no control character
// is kept.
import { monthYear } from '../core/month-year';
import { byVerdict, countVerdicts, excerpt, figureVerdict } from '../core/figure-verdicts';
import {
  groupsByMentions,
  type Report,
  type ReportEntity,
  type ReportFigure,
} from '../core/report';
import { relationLabel } from '../shared/relation-labels';
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
} from '../shared/reasons';
import { english as t, englishWords as w } from './english';
import { terminalLine, terminalText } from './terminal-text';

const PREVIEW_CHARS = 90;
/** Narrower than this, wrapping helps no one; wider, lines get hard to read. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
const INDENT = '  ';
/** Where an item's own first line goes on (a long name or figure), short of its details. */
const HANG = '    ';
const DETAIL = '      ';

export interface FormatOptions {
  /** Columns to wrap at: the terminal's when stdout is one, else 80. */
  width?: number;
}

function terminalWidth(): number {
  const out = process.stdout;
  return out.isTTY && out.columns ? out.columns : 80;
}

/** One line of page text, without control characters or line breaks. */
const clean = (text: string): string => terminalLine(text).replace(/\s+/g, ' ').trim();

function preview(text: string): string {
  const one = clean(text);
  return one.length > PREVIEW_CHARS ? `${one.slice(0, PREVIEW_CHARS - 1).trimEnd()}…` : one;
}

/**
 * `text` wrapped at `width` columns, the first line after `first`, the others after `rest`. A
 * word longer than a line (an address) stays whole.
 */
function wrap(text: string, width: number, first: string, rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ').filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function figureLines(f: ReportFigure, width: number): string[] {
  const verdict = figureVerdict(f);
  const cut = excerpt(f);
  // The figure marked in its trimmed sentence, as the popup marks it.
  const sentence = clean(cut.figure ? `${cut.before}[${cut.figure}]${cut.after}` : cut.before);
  return [
    ...wrap(
      `${figureTag(w, verdict)}: ${clean(f.text)}`,
      width,
      verdict === 'unsourced' ? '! ' : INDENT,
      HANG,
    ),
    ...wrap(`“${sentence}”`, width, DETAIL),
    ...wrap(clean(figureReason(w, f)), width, DETAIL),
  ];
}

/** One figure of a disagreeing pair, with who stands behind it in the popup's terms. */
function sideOf(f: ReportFigure): string {
  return `“${clean(f.text)}” (${clean(conflictSide(w, f))})`;
}

function conflictLines(report: Report, width: number): string[] {
  const n = report.conflicts.length;
  const out = wrap(
    `${t('sectionConflicts')}: ${
      n === 0 ? t('conflictNone') : w.tn(n, 'conflictPairsOne', 'conflictPairsOther')
    }`,
    width,
    '',
  );
  for (const c of report.conflicts) {
    const [first, second] = c.figures.map((i) => report.figures[i]);
    if (first === undefined || second === undefined) continue;
    out.push(...wrap(`${clean(c.counted)} (${conflictKind(w, c.kind)}):`, width, INDENT, HANG));
    out.push(...wrap(`${sideOf(first)} ≠ ${sideOf(second)}`, width, DETAIL));
  }
  return out;
}

function groupLines(e: ReportEntity, width: number): string[] {
  const aka = e.aliases.length
    ? ` (${t('alsoKnownAs', e.aliases.map((a) => t('quoted', clean(a))).join(', '))})`
    : '';
  const out = wrap(
    `${clean(e.name)}${aka} — ${clean(e.kind)}, ${w.tn(e.mentions, 'mentionsOne', 'mentionsOther')}`,
    width,
    INDENT,
    HANG,
  );
  if (e.inArticle) out.push(...wrap(t('inArticle', clean(e.inArticle)), width, DETAIL));
  if (e.summary) out.push(...wrap(clean(e.summary), width, DETAIL));
  else out.push(...wrap(t(e.inArticle ? 'noMoreBackground' : 'noBackground'), width, DETAIL));
  if (e.asOf) {
    const sources = (e.sources ?? []).map((s) => clean(s.url)).join(', ');
    const asOf = t('asOf', monthYear(e.asOf, 'en'));
    out.push(
      ...wrap(`${asOf}${sources ? ` · ${t('cardSources')} ${sources}` : ''}`, width, DETAIL),
    );
  }
  // The links between groups, one relation a line, worded from this group's side.
  const runs = new Map<string | undefined, string[]>();
  for (const a of e.affiliations ?? []) {
    runs.set(a.relation, [...(runs.get(a.relation) ?? []), clean(a.name)]);
  }
  for (const [relation, names] of runs) {
    out.push(...wrap(`${relationLabel(w, relation)} ${names.join(', ')}`, width, DETAIL));
  }
  if (e.url) out.push(...wrap(`${t('wikipediaLink')}: ${clean(e.url)}`, width, DETAIL));
  return out;
}

/** The report for a terminal. */
export function formatReport(report: Report, options: FormatOptions = {}): string {
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, options.width ?? terminalWidth()));
  const out: string[] = [];
  const { article } = report;
  out.push(...wrap(clean(article.title ?? t('untitledArticle')), width, ''));
  const paragraphs = w.tn(report.paragraphs.length, 'paragraphWordOne', 'paragraphWordOther');
  const meta = [article.siteName, article.byline, article.lang]
    .filter((m): m is string => !!m)
    .map(clean);
  out.push(...wrap([...meta, `${report.paragraphs.length} ${paragraphs}`].join(' · '), width, ''));
  out.push('');

  const figures = byVerdict(report.figures);
  const counts = countVerdicts(report.figures.map(figureVerdict));
  const repeats = report.paragraphs.filter((p) => p.repeat || p.duplicateOf !== null);
  const figuresSummary = figuresLine(w, counts);
  const groupsSummary = groupsLine(w, report.entities.length);
  const repeatsSummary = repeatsLine(w, { hidden: repeats.length, shown: 0 });

  out.push(t('overviewLabel'));
  const conflictsSummary =
    report.conflicts.length > 0 ? [conflictsLine(w, report.conflicts.length)] : [];
  for (const line of [figuresSummary, ...conflictsSummary, groupsSummary, repeatsSummary]) {
    out.push(...wrap(line, width, `${INDENT}• `, `${INDENT}  `));
  }
  out.push('');

  out.push(...wrap(`${t('sectionFigures')}: ${figuresSummary}`, width, ''));
  const needing = figures.filter((f) => figureVerdict(f) !== 'record');
  const records = figures.filter((f) => figureVerdict(f) === 'record');
  for (const f of needing) out.push(...figureLines(f, width));
  if (records.length > 0) {
    out.push(
      ...wrap(
        `${w.tn(records.length, 'figuresOfRecordOne', 'figuresOfRecordOther')}:`,
        width,
        INDENT,
      ),
    );
    for (const f of records) out.push(...figureLines(f, width));
  }
  out.push('');

  out.push(...conflictLines(report, width));
  out.push('');

  out.push(...wrap(`${t('sectionGroups')}: ${groupsSummary}`, width, ''));
  for (const e of groupsByMentions(report.entities)) out.push(...groupLines(e, width));
  out.push('');

  out.push(...wrap(`${t('sectionRepeats')}: ${repeatsSummary}`, width, ''));
  for (const p of repeats) {
    out.push(
      ...wrap(
        `${repeatKind(w, p.repeat?.kind ?? 'exact')}: “${preview(p.text)}”`,
        width,
        INDENT,
        HANG,
      ),
    );
    for (const c of p.repeat?.changes ?? []) {
      out.push(...wrap(`${clean(c.from) || '∅'} → ${clean(c.to) || '∅'}`, width, DETAIL));
    }
  }
  return terminalText(out.join('\n') + '\n');
}
