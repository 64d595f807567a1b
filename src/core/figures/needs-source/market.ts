// Market figures are a matter of record: an index's level or move, a share price and its change
// ("The Dow fell 1.2%", "shares closed at $16.50", "the Sensex ended at 40,816.38"). Anyone can
// look them up; no reader asks who says so.

import { anyLanguage } from '../lexicon';
import { near, type FigureInContext } from './types';

const MARKET_WORDS = anyLanguage('marketWords');
const MOVE_WORDS = anyLanguage('moveWords');
/** Tokens on each side of the figure within which the market and move words must stand. */
const WINDOW = 15;

/** A quote row of a stock table: "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%". */
const TICKER = /^\p{Lu}{1,5}$/u;
const NUMBER = /^[-+−]?\d[\d,.]*%?$/u;

/** A quote row is short; longer sentences are not looked at (and stay linear). */
const QUOTE_ROW_TOKENS = 30;

function isQuoteRow(figure: FigureInContext): boolean {
  if (figure.tokens.length > QUOTE_ROW_TOKENS) return false;
  const words = figure.tokens.filter((t) => t.word);
  const numbers = words.filter((t) => NUMBER.test(t.text)).length;
  return numbers >= 2 && words.length <= 12 && TICKER.test(words[0]?.text ?? '');
}

export function isMarketFigure(figure: FigureInContext): boolean {
  if (isQuoteRow(figure)) return true;
  if (figure.kind !== 'percent' && figure.kind !== 'money' && figure.kind !== 'count') return false;
  if (figure.kind === 'count' && figure.counted !== null && figure.counted !== 'points')
    return false;
  return near(figure, MARKET_WORDS, WINDOW) && near(figure, MOVE_WORDS, WINDOW);
}
