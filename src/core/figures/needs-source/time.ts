// A length of time is plain description: a schedule or a period a rule sets ("a 90-day window",
// "a two-year term", "every four years") and, as much, a span the story tells ("for the last seven
// years", "after three months"). An estimate of time is a claim: decimals ("3.2 years of life
// lost") or a hedge of estimation ("an estimated 15,000 years") keep a source wanted.

import { anyLanguage } from '../lexicon';
import { near, type FigureInContext } from './types';

const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/u;
/** "90-day", "two-year", "a 21 day period": a length in the singular qualifies a noun. */
const HYPHENATED_LENGTH = /-(?:second|minute|hour|day|week|month|year|decade)s?$/u;
const LENGTH_MODIFIER = /[\d\p{L}][-\s](?:second|minute|hour|day|week|month|year|decade)\s+\p{L}/u;
const ESTIMATION_WORDS = anyLanguage('estimationWords');
const WINDOW = 3;

export function isTimeFigure(figure: FigureInContext): boolean {
  const text = figure.text.toLowerCase();
  if (HYPHENATED_LENGTH.test(text) || LENGTH_MODIFIER.test(text)) return true;
  if (!TIME_UNITS.test(figure.counted ?? '')) return false;
  if (figure.value !== null && !Number.isInteger(figure.value)) return false;
  return !near(figure, ESTIMATION_WORDS, WINDOW);
}
