// What the popup shows, worked out once from the report, the page's repeats and the reader's
// marks, for the overview and the sections alike (so their counts cannot disagree). Pure.
import {
  countVerdicts,
  figureVerdict,
  verdictRank,
  type FigureCounts,
  type FigureVerdict,
} from '../core/figure-verdicts';
import {
  groupsByMentions,
  type ConflictKind,
  type Report,
  type ReportEntity,
  type ReportFigure,
} from '../core/report';
import type { HiddenRepeat } from '../shared/messages';
import { figureMarkKey, groupMarkKey } from '../shared/wrong-marks';

/** A figure's verdict as shown: 'marked' once the reader said the check is wrong. */
export type ShownVerdict = FigureVerdict | 'marked';

export interface FigureView {
  figure: ReportFigure;
  verdict: ShownVerdict;
  /** Its identity for "Wrong?". */
  key: string;
}

/** Two figures of the article that count the same thing and disagree, the earlier first. */
export interface ConflictView {
  counted: string;
  kind: ConflictKind;
  first: ReportFigure;
  second: ReportFigure;
}

export interface Findings {
  /** Figures a reader may act on, in the order they act on them (records apart). */
  figures: FigureView[];
  /** Figures that need no source and name none: listed quietly, after the others. */
  records: FigureView[];
  /** The report's disagreeing pairs, in its order. */
  conflicts: ConflictView[];
  /** Counts of the figures the reader did not mark. */
  figureCounts: FigureCounts;
  figuresMarked: number;
  /** The groups not marked wrong, the most named first. */
  groups: ReportEntity[];
  /** Groups the reader marked wrong: their cards are hidden. */
  groupsMarked: ReportEntity[];
  repeats: HiddenRepeat[];
  /** Paragraphs the reader said are no repeats: shown in the page, not counted. */
  repeatsMarked: HiddenRepeat[];
  hidden: number;
  shown: number;
}

/** Marked figures go after the sourced ones: no longer flagged, still listed. */
const rank = (v: ShownVerdict): number =>
  v === 'marked' ? verdictRank('sourced') + 0.5 : verdictRank(v);

export function findings(
  report: Report,
  repeats: readonly HiddenRepeat[],
  marks: ReadonlySet<string>,
): Findings {
  const all = report.figures.map((figure, i): FigureView & { i: number } => {
    const key = figureMarkKey(figure);
    const verdict = marks.has(`figure:${key}`) ? 'marked' : figureVerdict(figure);
    return { figure, verdict, key, i };
  });
  all.sort((a, b) => rank(a.verdict) - rank(b.verdict) || a.i - b.i);
  const views = all.map(({ i: _i, ...view }) => view);
  const unmarked = views.flatMap((v) => (v.verdict === 'marked' ? [] : [v.verdict]));
  const isMarkedGroup = (e: ReportEntity): boolean => marks.has(`group:${groupMarkKey(e)}`);
  const counted = repeats.filter((r) => !r.wrong);
  return {
    figures: views.filter((v) => v.verdict !== 'record'),
    records: views.filter((v) => v.verdict === 'record'),
    conflicts: report.conflicts.flatMap(({ figures: [a, b], counted, kind }) => {
      const first = report.figures[a];
      const second = report.figures[b];
      return first && second ? [{ counted, kind, first, second }] : [];
    }),
    figureCounts: countVerdicts(unmarked),
    figuresMarked: views.length - unmarked.length,
    groups: groupsByMentions(report.entities).filter((e) => !isMarkedGroup(e)),
    groupsMarked: report.entities.filter(isMarkedGroup),
    repeats: counted,
    repeatsMarked: repeats.filter((r) => r.wrong),
    hidden: counted.filter((r) => !r.visible).length,
    shown: counted.filter((r) => r.visible).length,
  };
}
