// Whether a figure needs a source: "who says so?" is a question for claims about the world
// (counts of the dead, statistics, sums in dispute, forecasts), not for matters of record or plain
// description. Each class of figure that needs none has its rule in its own file; a figure that no
// rule claims needs a source. Only `needsSource && !attributed` is flagged to the reader.

import { isAsideFigure } from './aside';
import { isDescriptiveCount } from './description';
import { isMarketFigure } from './market';
import { isPenaltyFigure } from './penalty';
import { isTimeFigure } from './time';
import { isSpecificationFigure } from './specification';
import { isSportFigure } from './sport';
import type { FigureInContext, RecordKind, RecordRule } from './types';

export type { FigureInContext, RecordKind } from './types';

/** The classes in the order they are tried: the first that claims a figure names its reason. */
const RULES: readonly [RecordKind, RecordRule][] = [
  ['market', isMarketFigure],
  ['penalty', isPenaltyFigure],
  ['time', isTimeFigure],
  ['sport', isSportFigure],
  ['specification', isSpecificationFigure],
  ['description', isDescriptiveCount],
  ['description', isAsideFigure],
];

/** Why the figure needs no source, or null when it needs one. */
export function recordKind(figure: FigureInContext): RecordKind | null {
  for (const [kind, rule] of RULES) if (rule(figure)) return kind;
  return null;
}
