// A product's specification and its list price are facts of the product, not claims: "512GB of
// storage", "a 2.6GHz processor", "a 16-inch screen", "costs $3,299", "on sale for $199".

import { anyLanguage } from '../lexicon';
import { near, type FigureInContext } from './types';

const SPEC_UNITS = anyLanguage('specUnits');
const SPEC_SUFFIX = /\d(?:gb|tb|mb|ghz|mhz|hz|mp|mah|ppi|w|mm|cm|in)$/iu;
const PRICE_WORDS = anyLanguage('priceWords');
const WINDOW = 6;

export function isSpecificationFigure(figure: FigureInContext): boolean {
  const counted = figure.counted ?? '';
  if (SPEC_UNITS.has(counted) || SPEC_SUFFIX.test(figure.text)) return true;
  // A price in a shopping sentence (not a sum in the news: "$5.9 million", a bid, a budget).
  return (
    figure.kind === 'money' &&
    (figure.value ?? Infinity) < 100_000 &&
    near(figure, PRICE_WORDS, WINDOW)
  );
}
