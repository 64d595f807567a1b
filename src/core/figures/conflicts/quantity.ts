// What a figure measures in, so that only figures in compatible units are compared: a currency
// ("$2.1bn" and "1.9 billion dollars"), percent or percentage points, a unit of measure brought to
// one base per dimension ("40km" and "25 miles"), or a count. A rate per period ("$2bn a year")
// is not the total it multiplies: it is its own dimension.

import { MARKS, anyLanguage } from '../lexicon';
import type { FrameFamily } from './frames';
import type { FigureReading } from './reading';

const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(MARKS.currencyPrefixes);
const CURRENCY_SUFFIXES = anyLanguage('currencySuffixes');
const TIME_UNITS = anyLanguage('timeUnits');

export interface Quantity {
  /** Figures compare only within one dimension ("money $", "percent", "length", "count"). */
  dimension: string;
  /** Multiplies the figure's value into the dimension's base unit. */
  factor: number;
  /** Which frame words apply (null for measures: they compare by their context only). */
  family: FrameFamily | null;
}

/** Currency marks of one currency, by the mark an article may use. */
const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ...['$', 'us$', 'usd', 'dollar', 'dollars'].map((c) => [c, '$'] as const),
  ...['£', 'gbp', 'pound', 'pounds', 'sterling'].map((c) => [c, '£'] as const),
  ...['€', 'eur', 'euro', 'euros'].map((c) => [c, '€'] as const),
  ...['₹', 'inr', 'rs', 'rupee', 'rupees'].map((c) => [c, '₹'] as const),
  ...['yuan', 'renminbi', 'rmb', 'cny'].map((c) => [c, 'yuan'] as const),
  ...['¥', 'jpy', 'yen'].map((c) => [c, '¥'] as const),
  ...['cfa', 'fcfa', 'xof'].map((c) => [c, 'cfa'] as const),
]);

/** Measure units, one line per size: dimension, size in the dimension's base unit, spellings. */
const UNIT_LINES: readonly [string, number, string][] = [
  ['length', 1000, 'km kms kilometres kilometers kilometre kilometer'],
  ['length', 1609.344, 'miles mile'],
  ['length', 1, 'metres meters metre meter m'],
  ['length', 0.3048, 'feet foot ft'],
  ['mass', 1, 'kg kgs kilograms kilogrammes kilos'],
  ['mass', 1000, 'tonnes tonne tons ton'],
  ['mass', 0.4536, 'lbs lb'],
  ['volume', 1, 'litres liters litre liter'],
  ['volume', 3.785, 'gallons'],
  ['volume', 159, 'barrels'],
  ['area', 1e4, 'hectares ha'],
  ['area', 4046.86, 'acres'],
  ['area', 1e6, 'km² km2'],
  ['speed', 1.609344, 'mph'],
  ['speed', 1, 'km/h kph'],
  ['power', 1e3, 'kw'],
  ['power', 1e6, 'mw megawatts'],
  ['power', 1e9, 'gw gigawatts'],
];
const UNITS: ReadonlyMap<string, { dimension: string; size: number }> = new Map(
  UNIT_LINES.flatMap(([dimension, size, spellings]) =>
    spellings.split(' ').map((u) => [u, { dimension, size }] as const),
  ),
);

const PERIODS = new Set(['year', 'month', 'week', 'day', 'hour', 'annum', 'quarter']);
const PERIOD_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['annually', 'year'],
  ['yearly', 'year'],
  ['monthly', 'month'],
  ['weekly', 'week'],
  ['daily', 'day'],
  ['hourly', 'hour'],
]);
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);
/** Units of a share of something else, not of the whole ("$2.53 per share", "per capita"). */
const PER_SHARE = new Set(['share', 'capita', 'person', 'head', 'unit', 'barrel', 'tonne', 'kg']);
const PERCENT_WORDS = new Set(['%', 'percent', 'per', 'cent', 'pc', 'pour']);

/** Words that may stand between "per" and its unit ("per diluted share"). */
const PER_GAP = 2;

/** "a year", "per day", "per diluted share", "annually", "/month": what the figure is a rate
 * per, or null. */
function perPeriod(reading: FigureReading): string | null {
  const { tokens, match, figure } = reading;
  const glued = /\/\s*(\p{L}+)$/u.exec(figure.text);
  if (glued) return glued[1]?.toLowerCase() ?? null;
  const next = tokens[match.end]?.lower ?? '';
  const adverb = PERIOD_ADVERBS.get(next);
  if (adverb !== undefined) return adverb;
  if (!PER_WORDS.has(next)) return null;
  const gap = next === 'per' ? PER_GAP : 0;
  for (let i = match.end + 1; i <= match.end + 1 + gap; i += 1) {
    const word = tokens[i]?.lower ?? '';
    if (PERIODS.has(word) || PER_SHARE.has(word)) return word;
  }
  // "per" names a rate whatever follows it ("per tonne of grain").
  return next === 'per' ? (tokens[match.end + 1]?.lower ?? 'unit') : null;
}

function currencyOf(reading: FigureReading): string | null {
  const { tokens, match } = reading;
  for (let i = match.first; i < match.end; i += 1) {
    const lower = tokens[i]?.lower ?? '';
    if (!CURRENCY_PREFIXES.has(lower) && !CURRENCY_SUFFIXES.has(lower)) continue;
    // "US$" is two tokens: "US" then "$".
    if (lower === 'us' && tokens[i + 1]?.lower === '$') return '$';
    return CURRENCIES.get(lower) ?? lower;
  }
  return null;
}

/** The figure's measure unit as written after the number ("40 km", "40km", "25 miles"). */
function unitOf(reading: FigureReading): string {
  const counted = reading.figure.counted?.toLowerCase() ?? '';
  return counted.replace(/^(?:square|sq)\s+/u, '').split(' ')[0] ?? '';
}

/** The figure's quantity, or null when it is not a quantity this module compares (a duration). */
export function quantityOf(reading: FigureReading): Quantity | null {
  const { match, tokens } = reading;
  const period = perPeriod(reading);
  const per = period === null ? '' : ` per ${period}`;
  if (match.kind === 'money') {
    const currency = currencyOf(reading) ?? '?';
    return { dimension: `money ${currency}${per}`, factor: 1, family: 'money' };
  }
  if (match.kind === 'percent') {
    const words = tokens.slice(match.numberAt, match.end).map((t) => t.lower);
    if (words.includes('points') || words.includes('point')) {
      const basis = words.includes('basis');
      return { dimension: `points${per}`, factor: basis ? 0.01 : 1, family: 'percent' };
    }
    return { dimension: `percent${per}`, factor: 1, family: 'percent' };
  }
  // "a third of": a share, compared as a percentage.
  if (match.kind === 'share') return { dimension: `percent${per}`, factor: 100, family: 'percent' };
  if (match.kind === 'measure') {
    const unit = unitOf(reading);
    const known = UNITS.get(unit);
    return known
      ? { dimension: `${known.dimension}${per}`, factor: known.size, family: null }
      : { dimension: `${unit}${per}`, factor: 1, family: null };
  }
  // A count: a length of time ("three days") is left to the time rules of needs-source.
  const counted = reading.figure.counted?.toLowerCase() ?? '';
  if (TIME_UNITS.has(counted)) return null;
  // Digits glued to a percent word ("30pc") are read as percent by the grammar already.
  if (PERCENT_WORDS.has(counted)) return null;
  return { dimension: `count${per}`, factor: 1, family: 'count' };
}
