// How each figure reads to the reader, decided once for the popup and the CLI: the verdict (no
// source given, claimed by a side, vague source, source named, or a matter of record), the order
// a reader acts on them in, and the figure's sentence trimmed around it.
import { isUnsourced, type ReportFigure } from './report';

export type FigureVerdict = 'unsourced' | 'party' | 'vague' | 'sourced' | 'record';

export function figureVerdict(figure: ReportFigure): FigureVerdict {
  if (!figure.attributed) return isUnsourced(figure) ? 'unsourced' : 'record';
  // A source the article does not name is as good as vague, whatever the flag says.
  if (figure.vague === true || !figure.source) return 'vague';
  return figure.party === true ? 'party' : 'sourced';
}

/** What needs the reader first: flags, then claims, then weak sources; matters of record last. */
const VERDICT_ORDER: Readonly<Record<FigureVerdict, number>> = {
  unsourced: 0,
  party: 1,
  vague: 2,
  sourced: 3,
  record: 4,
};

export function verdictRank(v: FigureVerdict): number {
  return VERDICT_ORDER[v];
}

/** `figures` in the order a reader acts on them, in reading order within each verdict. */
export function byVerdict(figures: readonly ReportFigure[]): ReportFigure[] {
  return figures
    .map((f, i) => ({ f, i, rank: verdictRank(figureVerdict(f)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.f);
}

export interface FigureCounts {
  total: number;
  unsourced: number;
  party: number;
  vague: number;
  sourced: number;
  record: number;
}

export function countVerdicts(verdicts: readonly FigureVerdict[]): FigureCounts {
  const counts: FigureCounts = {
    total: verdicts.length,
    unsourced: 0,
    party: 0,
    vague: 0,
    sourced: 0,
    record: 0,
  };
  for (const v of verdicts) counts[v] += 1;
  return counts;
}

/** A sentence cut around its figure: the text before, the figure, the text after. */
export interface Excerpt {
  before: string;
  figure: string;
  after: string;
}

/** Characters kept on each side of the figure (two short lines of the popup). */
const CONTEXT_CHARS = 70;

function trimStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const space = cut.search(/\s/);
  // Start at a word; a language without spaces is cut where it is.
  return `…${space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut}`;
}

function trimEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The figure's sentence, trimmed to about CONTEXT_CHARS either side of the figure, so two figures
 * of one sentence read differently. When the figure cannot be found in it, the sentence alone.
 */
export function excerpt(figure: ReportFigure, context = CONTEXT_CHARS): Excerpt {
  const { sentence, text } = figure;
  let start = figure.start ?? -1;
  if (start < 0 || sentence.slice(start, start + text.length) !== text) {
    start = sentence.indexOf(text);
  }
  if (start < 0 || text === '')
    return { before: trimEnd(sentence, 2 * context), figure: '', after: '' };
  return {
    before: trimStart(sentence.slice(0, start), context),
    figure: text,
    after: trimEnd(sentence.slice(start + text.length), context),
  };
}
