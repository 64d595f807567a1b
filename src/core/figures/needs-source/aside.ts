// Figures that rate or restate rather than claim: a score on a scale ("4.5 out of 5", a review's
// own verdict) and a conversion in brackets ("a diameter of 3,200 miles (5,150 km)": the 5,150 km,
// whose claim, if any, is the figure it converts).

import type { FigureInContext } from './types';

const DIGIT = /\d/u;

/**
 * A score on a scale, "4.5 out of 5": both numbers, when nothing is counted after the scale
 * ("three out of 4 voters" is a share of people, a claim).
 */
function isScore(figure: FigureInContext): boolean {
  if (figure.counted !== null && figure.counted !== '') return false;
  const { tokens, first, end } = figure;
  const isScale =
    tokens[first - 2]?.lower === 'out' &&
    tokens[first - 1]?.lower === 'of' &&
    DIGIT.test(tokens[first - 3]?.text ?? '') &&
    tokens[end]?.word !== true;
  const scale = tokens[end + 2];
  const hasScale =
    tokens[end]?.lower === 'out' &&
    tokens[end + 1]?.lower === 'of' &&
    scale !== undefined &&
    DIGIT.test(scale.text) &&
    tokens[end + 3]?.word !== true;
  return isScale || hasScale;
}

/** The figure fills a bracket that follows a number or a unit: "3,200 miles (5,150 km)". */
function isConversion(figure: FigureInContext): boolean {
  const open = figure.tokens[figure.first - 1];
  const close = figure.tokens[figure.end];
  const before = figure.tokens[figure.first - 2];
  if (open?.text !== '(' || close?.text !== ')' || before === undefined) return false;
  // The bracket restates what stands before it: a number, or the unit after one.
  const beforeThat = figure.tokens[figure.first - 3];
  return DIGIT.test(before.text) || (beforeThat !== undefined && DIGIT.test(beforeThat.text));
}

export function isAsideFigure(figure: FigureInContext): boolean {
  return isScore(figure) || isConversion(figure);
}
