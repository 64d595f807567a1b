// The values a figure allows, as written: "30" allows 30, "2.1bn" 2.05–2.15bn (its last written
// digit), "at least 30" anything from 30 up, "about 300" 300 give or take APPROXIMATE_TOLERANCE,
// "20-30" 20 to 30, "dozens" a dozen to ten dozen. Two figures disagree when their intervals do
// not meet: "at least 30" and "32" agree, "30" and "27" do not, "over 80" and "dozens" agree.

import { LEXICONS } from '../lexicon';
import { readNumeral } from '../numerals';
import { matchLongestValuedPhrase } from '../phrases';
import type { Token } from '../tokens';
import type { Quantity } from './quantity';
import type { FigureReading } from './reading';
import { APPROXIMATE_TOLERANCE, VAGUE_MULTIPLE_SPAN } from './thresholds';

export interface Interval {
  low: number;
  high: number;
}

type Hedge = 'exact' | 'approximate' | 'below' | 'above' | 'at least' | 'at most' | 'increment';

/** Qualifiers by what they say of the number (lexicon/ lists them for the grammar). */
const HEDGES: ReadonlyMap<string, Hedge> = new Map([
  ...[
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
    'an estimated',
    'estimated',
    'close to',
  ].map((q) => [q, 'approximate'] as const),
  ...['nearly', 'almost', 'just under', 'barely'].map((q) => [q, 'below'] as const),
  ...['just over'].map((q) => [q, 'above'] as const),
  ...[
    'over',
    'more than',
    'above',
    'at least',
    'no fewer than',
    'no less than',
    'in excess of',
    'upwards of',
    'upward of',
    'well over',
    'well above',
    'as few as',
    'as little as',
  ].map((q) => [q, 'at least'] as const),
  ...[
    'under',
    'below',
    'less than',
    'fewer than',
    'up to',
    'at most',
    'no more than',
    'as many as',
    'as much as',
  ].map((q) => [q, 'at most'] as const),
  ...['a further', 'another', 'an additional', 'an extra'].map((q) => [q, 'increment'] as const),
]);

const DIGIT = /^\d/u;
const SCALE_WORDS = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

function hedgeOf(tokens: readonly Token[], first: number, numberAt: number): Hedge {
  if (numberAt === first) return 'exact';
  const words = tokens
    .slice(first, numberAt)
    .map((t) => t.lower)
    .join(' ');
  return HEDGES.get(words) ?? 'exact';
}

/** A count with no exact number ("dozens", "several hundred"): its unit, or null. */
function vagueUnit(tokens: readonly Token[], at: number): number | null {
  const plural =
    matchLongestValuedPhrase(tokens, at, LEXICONS.en.vagueQuantities) ??
    matchLongestValuedPhrase(tokens, at, LEXICONS.en.hedgedMultiples);
  return plural?.value ?? null;
}

/** Half the unit of the number's last written digit, scale included ("2.1bn" → 0.05bn). */
function writtenHalfUnit(reading: FigureReading): number {
  const { tokens, match } = reading;
  let scale = 1;
  for (let i = match.numberAt; i < match.end; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    const word = SCALE_WORDS.get(token.lower);
    if (word !== undefined) scale = Math.max(scale, word);
    if (!DIGIT.test(token.lower)) continue;
    const numeral = readNumeral(token.lower, 'en');
    if (numeral === null || match.value === null) continue;
    const decimals = numeral.digits.split('.')[1]?.length ?? 0;
    // The scale glued or written after the digits: value over the digits' own value.
    const written = numeral.value === 0 ? 1 : match.value / numeral.value;
    const glued = Number.isFinite(written) && written >= 1 ? written : 1;
    return (10 ** -decimals * Math.max(glued, 1)) / 2;
  }
  return scale / 2;
}

/** The interval of values the figure allows, in its quantity's base unit; null when it is an
 * increment ("a further 30") rather than a total. */
export function intervalOf(reading: FigureReading, quantity: Quantity): Interval | null {
  const { tokens, match } = reading;
  if (match.value === null) return null;
  const hedge = hedgeOf(tokens, match.first, match.numberAt);
  if (hedge === 'increment') return null;
  const f = quantity.factor;
  const unit = vagueUnit(tokens, match.numberAt);
  if (unit !== null) {
    const low = unit * f;
    const high = unit * VAGUE_MULTIPLE_SPAN * f;
    if (hedge === 'at least' || hedge === 'above') return { low, high: Infinity };
    if (hedge === 'at most' || hedge === 'below') return { low: 0, high };
    return { low, high };
  }
  const half = writtenHalfUnit(reading) * f;
  const low = match.value * f;
  const high = (match.high ?? match.value) * f;
  // "half a dozen", "a third of": written round, read as approximate.
  const round =
    matchLongestValuedPhrase(tokens, match.numberAt, LEXICONS.en.roundCounts) !== null ||
    match.kind === 'share';
  const slackLow = Math.max(APPROXIMATE_TOLERANCE * Math.abs(low), half);
  const slackHigh = Math.max(APPROXIMATE_TOLERANCE * Math.abs(high), half);
  switch (round ? 'approximate' : hedge) {
    case 'approximate':
      return { low: low - slackLow, high: high + slackHigh };
    case 'below':
      return { low: low - slackLow, high: high + half };
    case 'above':
      return { low: low - half, high: high + slackHigh };
    case 'at least':
      return { low: low - half, high: Infinity };
    case 'at most':
      return { low: Math.min(0, low), high: high + half };
    default:
      return { low: low - half, high: high + half };
  }
}

/**
 * Whether two intervals share more than an end. Ends are half a last digit beyond the written
 * number, so "30" and "29" only touch (they disagree), while "over 80" and "80" overlap (a bound
 * is not told from the number it names).
 */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  // Ends computed apart ("0.03" less half a cent, "0.02" plus half a cent) differ in the last
  // bits of a float: ends closer than a billionth of the values touch.
  const scale = Math.max(...[a.low, a.high, b.low, b.high].filter(Number.isFinite).map(Math.abs));
  const epsilon = FLOAT_SLACK * scale;
  return a.low < b.high - epsilon && b.low < a.high - epsilon;
}

const FLOAT_SLACK = 1e-9;
