// The words a finding is told in, composed once for the popup (through browser.i18n) and the CLI
// (the same English messages file): a figure's label and plain-language reason, the overview's
// lines, a repeat's kind. Pure: the caller gives the word lookup.
import { figureVerdict, type FigureCounts, type FigureVerdict } from '../core/figure-verdicts';
import type { ConflictKind, RepeatKind, ReportFigure } from '../core/report';
import type { MessageKey } from './i18n';

/** A message lookup: browser.i18n in the extension, the English file in the CLI. */
export interface Words {
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** The singular or plural message for `n`, with `n` as $1. */
  tn(n: number, one: MessageKey, other: MessageKey, ...subs: (string | number)[]): string;
}

const TAGS: Readonly<Record<FigureVerdict, MessageKey>> = {
  unsourced: 'noSourceGiven',
  party: 'tagParty',
  vague: 'tagVague',
  sourced: 'tagSourced',
  record: 'tagRecord',
};

/** The short label of a verdict ("No source given", "Claimed by a side"…). */
export function figureTag(w: Words, verdict: FigureVerdict): string {
  return w.t(TAGS[verdict]);
}

/** Why a figure needs no source, from `record` (report.ts lists the classes). */
const RECORDS: Readonly<Record<string, MessageKey>> = {
  market: 'recordMarket',
  penalty: 'recordPenalty',
  time: 'recordTime',
  sport: 'recordSport',
  specification: 'recordSpecification',
  description: 'recordDescription',
};

/** The plain-language reason for a figure's verdict. */
export function figureReason(w: Words, figure: ReportFigure): string {
  const source = figure.source?.trim() ?? '';
  switch (figureVerdict(figure)) {
    case 'unsourced':
      return w.t('reasonUnsourced');
    case 'party':
      return w.t('reasonParty', source);
    case 'vague':
      return source ? w.t('reasonVague', source) : w.t('reasonUnnamed');
    case 'sourced':
      return w.t('reasonSourced', source);
    case 'record':
      return w.t(RECORDS[figure.record ?? ''] ?? 'recordOther');
  }
}

/**
 * The figures in one line: "3 figures · 1 with no source · 2 claimed by a side". Only the
 * parts that are not zero; `marked` counts the figures the reader said were checked wrong.
 */
export function figuresLine(w: Words, counts: FigureCounts, marked = 0): string {
  if (counts.total === 0 && marked === 0) return w.t('noFiguresLine');
  const parts = [w.tn(counts.total + marked, 'figuresCountOne', 'figuresCountOther')];
  if (counts.unsourced > 0) parts.push(w.t('figuresUnsourced', counts.unsourced));
  if (counts.party > 0) parts.push(w.tn(counts.party, 'figuresClaimedOne', 'figuresClaimedOther'));
  if (counts.vague > 0) parts.push(w.t('figuresVague', counts.vague));
  if (counts.record > 0) parts.push(w.tn(counts.record, 'figuresRecordOne', 'figuresRecordOther'));
  if (marked > 0) parts.push(w.tn(marked, 'markedWrongOne', 'markedWrongOther'));
  return parts.join(' · ');
}

export function groupsLine(w: Words, shown: number, marked = 0): string {
  if (shown === 0 && marked === 0) return w.t('noGroupsLine');
  const parts = [w.tn(shown, 'groupsNamedOne', 'groupsNamedOther')];
  if (marked > 0) parts.push(w.tn(marked, 'markedWrongOne', 'markedWrongOther'));
  return parts.join(' · ');
}

/**
 * The repeated paragraphs in one line, as the page shows them: "6 repeated paragraphs hidden",
 * or once some are shown "6 repeated paragraphs · 4 hidden · 2 shown".
 */
export function repeatsLine(
  w: Words,
  counts: { hidden: number; shown: number; marked?: number },
): string {
  const { hidden, shown, marked = 0 } = counts;
  const total = hidden + shown;
  const parts: string[] = [];
  if (total === 0) parts.push(w.t('nothingRepeated'));
  else if (shown === 0) parts.push(w.tn(total, 'repeatsHiddenOne', 'repeatsHiddenOther'));
  else {
    parts.push(w.tn(total, 'repeatsFoundOne', 'repeatsFoundOther'));
    if (hidden > 0) parts.push(w.tn(hidden, 'repeatsPartHiddenOne', 'repeatsPartHiddenOther'));
    parts.push(w.tn(shown, 'repeatsPartShownOne', 'repeatsPartShownOther'));
  }
  if (marked > 0) parts.push(w.tn(marked, 'markedWrongOne', 'markedWrongOther'));
  return parts.join(' · ');
}

const KINDS: Readonly<Record<RepeatKind, MessageKey>> = {
  exact: 'kindExact',
  contained: 'kindContained',
  edited: 'kindEdited',
  headline: 'kindHeadline',
};

export function repeatKind(w: Words, kind: RepeatKind): string {
  return w.t(KINDS[kind]);
}

/** The overview's line on figures that disagree: "2 figures disagree" for one pair. */
export function conflictsLine(w: Words, pairs: number): string {
  return pairs === 1 ? w.t('conflictsLineOne') : w.t('conflictsLineOther', pairs);
}

const CONFLICT_KINDS: Readonly<Record<ConflictKind, MessageKey>> = {
  'different sources': 'conflictKindSources',
  updated: 'conflictKindUpdated',
  unexplained: 'conflictKindUnexplained',
};

/** Why two figures of a pair may differ, as the report's `kind` says. */
export function conflictKind(w: Words, kind: ConflictKind): string {
  return w.t(CONFLICT_KINDS[kind]);
}

/** Who stands behind one figure of a disagreeing pair, in the verdicts' terms ("claimed by JNIM"). */
export function conflictSide(w: Words, figure: ReportFigure): string {
  const source = figure.source?.trim() ?? '';
  switch (figureVerdict(figure)) {
    case 'unsourced':
      return w.t('sideUnsourced');
    case 'party':
      return w.t('sideParty', source);
    case 'vague':
      return source ? w.t('sideVague', source) : w.t('sideUnnamed');
    case 'sourced':
      return w.t('sideSourced', source);
    case 'record':
      return w.t('sideRecord');
  }
}
