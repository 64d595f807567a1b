// The figure grammar: finds every quantity a sentence asserts and reads its value.
//   figure   := qualifier? core range? unit? counted?
//   core     := currency? (numeral | number-words | vague-quantity | round-count | fraction) scale?
//   range    := ("-" | "to" | "or" | "and" after "between" | "à" | "ou" | "et") core
// A range's value is its lower bound; vague quantities ("hundreds of") have value null.
// Durations ("three days"), dates, times, ages, labels and names are dropped (see not-figures.ts).

import { countedAfter } from './counted';
import type { FigureLanguage } from './language';
import {
  LEXICONS,
  MARKS,
  anyLanguage,
  anyLanguagePhrases,
  anyLanguageValues,
  byLanguage,
} from './lexicon';
import {
  isAge,
  isGluedToBracket,
  isListMarker,
  isOrTwoIdiom,
  isQuotedOrNamedTerm,
  isClockTime,
  isDayOfMonth,
  isPartOfName,
  isPhoneNumber,
  isReferenceLabel,
  isStreetAddress,
  isYear,
} from './not-figures';
import { isOrdinalSuffix, numeralValue, readNumeral } from './numerals';
import { NUMBER_WORD_STARTERS, parseNumberWords } from './number-words';
import { matchLongestPhrase, matchLongestValuedPhrase, withoutElision } from './phrases';
import type { Token } from './tokens';

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'share';

export interface FigureMatch {
  /** Token index of the figure's first token, and one past its last. */
  first: number;
  end: number;
  /** Token index where the number starts, after any qualifier ("over 80": the index of "80"). */
  numberAt: number;
  value: number | null;
  /** A range's upper bound ("20-30", "between 20 and 30" → 30), else null. */
  high: number | null;
  kind: FigureKind;
  counted: string | null;
}

interface Core {
  value: number | null;
  /** One past the last token of the core. */
  end: number;
  money: boolean;
  /** Unit glued to the digits ("40km"). */
  unit: string | null;
  spelled: boolean;
  bare: boolean;
  /** The core is just the number one ("one", "un"), which is mostly a pronoun or article. */
  isOne: boolean;
  /** Upper bound of a range written as one token ("20-30"). */
  high?: number;
}

const RANGE_LINKS = byLanguage('rangeLinks');
const BETWEEN_LINKS = anyLanguage('betweenLinks');
const BETWEEN_WORDS = anyLanguage('betweenWords');
const OF_WORDS = byLanguage('ofWords');
const FRACTION_COUNTS = anyLanguageValues('fractionCounts');
const FRACTIONS = anyLanguageValues('fractions');
const QUALIFIED_ONLY_FRACTIONS = anyLanguage('qualifiedOnlyFractions');
const SCALES = anyLanguageValues('scales');
const MONEY_ONLY_SCALES: ReadonlyMap<string, number> = new Map(MARKS.moneyOnlyScales);
const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(MARKS.currencyPrefixes);
const CURRENCY_SUFFIXES = anyLanguage('currencySuffixes');
const PERCENT_PHRASES = anyLanguagePhrases('percentPhrases');
const MEASURE_UNITS = anyLanguage('measureUnits');
const MEASURE_PREFIXES = anyLanguage('measurePrefixes');
const TIME_UNITS = anyLanguage('timeUnits');
const HYPHEN_PARTS = /[-–]/;
const THREE_DIGITS = /^\d{3}$/;
const SHORT_DIGITS = /^\d{1,3}$/;
const LEADING_ZERO = /^0\d/;
const PARTICLE_VERBS = anyLanguage('particleVerbs');
const ONE_WORDS = anyLanguage('oneWords');
const ONE_IDIOM_NEXT = anyLanguage('oneIdiomNext');

function ofWordAt(tokens: readonly Token[], at: number, lang: FigureLanguage): number | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (OF_WORDS[lang].has(token.lower)) return at + 1;
  return null;
}

/** "hundreds of", "des milliers de": needs the "of" after it ("hundreds" alone is no count). */
function vagueQuantity(tokens: readonly Token[], at: number, lang: FigureLanguage): Core | null {
  const hedged = matchLongestValuedPhrase(tokens, at, LEXICONS[lang].hedgedMultiples);
  if (hedged !== null)
    return { ...hedged, money: false, unit: null, spelled: true, bare: false, isOne: false };
  const found = matchLongestValuedPhrase(tokens, at, LEXICONS[lang].vagueQuantities);
  if (found === null) return null;
  const next = tokens[found.end];
  const elided = lang === 'fr' && next !== undefined && next.lower.startsWith("d'");
  if (!elided && ofWordAt(tokens, found.end, lang) === null) return null;
  return { ...found, money: false, unit: null, spelled: true, bare: false, isOne: false };
}

function roundCount(tokens: readonly Token[], at: number, lang: FigureLanguage): Core | null {
  const found = matchLongestValuedPhrase(tokens, at, LEXICONS[lang].roundCounts);
  return found === null
    ? null
    : { ...found, money: false, unit: null, spelled: true, bare: false, isOne: false };
}

/** "a third of", "two-thirds of", "more than half of". */
function fraction(
  tokens: readonly Token[],
  at: number,
  lang: FigureLanguage,
  qualified: boolean,
): Core | null {
  const token = tokens[at];
  if (token === undefined) return null;
  let count = 1;
  let share: number | undefined;
  let end = at + 1;
  // `lower` has its en dashes turned into hyphens: no hyphen, one part (and no array to split into).
  const parts = token.lower.includes('-') ? token.lower.split(HYPHEN_PARTS) : null;
  if (parts !== null && parts.length === 2) {
    count = FRACTION_COUNTS.get(parts[0] ?? '') ?? 0;
    share = FRACTIONS.get(parts[1] ?? '');
  } else if (FRACTION_COUNTS.has(token.lower)) {
    count = FRACTION_COUNTS.get(token.lower) ?? 0;
    share = FRACTIONS.get(tokens[at + 1]?.lower ?? '');
    end = at + 2;
  } else if (QUALIFIED_ONLY_FRACTIONS.has(token.lower) && qualified) {
    share = FRACTIONS.get(token.lower);
  }
  if (share === undefined || count === 0) return null;
  const after = tokens[end];
  const ofOk =
    ofWordAt(tokens, end, lang) !== null ||
    (lang === 'fr' && after?.lower.startsWith("d'") === true);
  if (!ofOk) return null;
  return {
    value: count * share,
    end,
    money: false,
    unit: null,
    spelled: true,
    bare: false,
    isOne: false,
  };
}

/** Joins French thousands written with spaces: "1 200" → one numeral token span. */
function frenchSpacedThousands(tokens: readonly Token[], at: number, lang: FigureLanguage): number {
  let end = at + 1;
  if (lang !== 'fr' || !SHORT_DIGITS.test(tokens[at]?.text ?? '')) return end;
  while (THREE_DIGITS.test(tokens[end]?.text ?? '') && tokens[end]?.spaced === true) end += 1;
  return end;
}

/** A number in digits or words, with a glued or following scale. */
function plainNumber(
  tokens: readonly Token[],
  at: number,
  lang: FigureLanguage,
  money: boolean,
): Core | null {
  const token = tokens[at];
  if (token === undefined || !token.word) return null;
  let value: number;
  let end: number;
  let unit: string | null = null;
  let spelled = false;
  let bare = false;
  const numeral = readNumeral(token.lower, lang);
  if (numeral !== null) {
    end = frenchSpacedThousands(tokens, at, lang);
    if (end > at + 1) {
      const joined = tokens
        .slice(at, end)
        .map((t) => t.text)
        .join('');
      value = numeralValue(joined, lang) ?? numeral.value;
    } else {
      value = numeral.value;
      bare = numeral.bare;
    }
    const suffix = numeral.suffix;
    if (numeral.perUnit !== '' && !money && suffix === '') return null;
    if (suffix !== '') {
      if (isOrdinalSuffix(suffix)) return null;
      const scale = SCALES.get(suffix) ?? (money ? MONEY_ONLY_SCALES.get(suffix) : undefined);
      if (scale !== undefined) value *= scale;
      else if (MEASURE_UNITS.has(suffix) || suffix === '%') unit = suffix;
      else return null;
      bare = false;
    }
  } else {
    const words = parseNumberWords(tokens, at, lang);
    if (words === null) return null;
    value = words.value;
    end = words.end;
    spelled = true;
  }
  const isOne = spelled && end === at + 1 && ONE_WORDS.has(token.lower);
  const next = tokens[end];
  if (next !== undefined && unit === null) {
    const scale =
      SCALES.get(next.lower) ??
      (money && !next.spaced ? MONEY_ONLY_SCALES.get(next.lower) : undefined);
    if (scale !== undefined && !(spelled && next.lower === 'hundred')) {
      value *= scale;
      end += 1;
      bare = false;
    }
  }
  return { value, end, money, unit, spelled, bare, isOne: isOne && end === at + 1 };
}

/** Currency mark before the number: "$", "US$", "USD", "US" + "$". Returns index after it. */
function currencyPrefixEnd(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (token.lower === 'us' && tokens[at + 1]?.text === '$' && !tokens[at + 1]?.spaced)
    return at + 2;
  if (CURRENCY_PREFIXES.has(token.lower)) return at + 1;
  return null;
}

function readCore(
  tokens: readonly Token[],
  at: number,
  lang: FigureLanguage,
  qualified: boolean,
): Core | null {
  const currencyEnd = currencyPrefixEnd(tokens, at);
  if (currencyEnd !== null) {
    const inner = plainNumber(tokens, currencyEnd, lang, true);
    return inner === null ? null : { ...inner, spelled: false, bare: false, isOne: false };
  }
  return (
    roundCount(tokens, at, lang) ??
    vagueQuantity(tokens, at, lang) ??
    fraction(tokens, at, lang, qualified) ??
    hyphenRange(tokens, at, lang) ??
    plainNumber(tokens, at, lang, false)
  );
}

/** "20-30" in one token: a range when the bounds rise; "3-1" (a score) and phone numbers are not. */
function hyphenRange(tokens: readonly Token[], at: number, lang: FigureLanguage): Core | null {
  const token = tokens[at];
  if (token === undefined || !HYPHEN_PARTS.test(token.text)) return null;
  const parts = token.lower.split(HYPHEN_PARTS);
  if (parts.length !== 2) return null;
  const unit = parts[1] ?? '';
  const spelledLow = parseNumberWords(
    [{ ...token, text: parts[0] ?? '', lower: parts[0] ?? '' }],
    0,
    lang,
  );
  const [low, high] = parts.map((p) => readNumeral(p, lang));
  // "55-year old" is an age.
  if (tokens[at + 1]?.lower === 'old') return null;
  if (
    (low === null || low === undefined) &&
    spelledLow !== null &&
    (MEASURE_UNITS.has(unit) || TIME_UNITS.has(unit))
  ) {
    // "a three-decade career", "a five-mile walk".
    return {
      value: spelledLow.value,
      end: at + 1,
      money: false,
      unit,
      spelled: true,
      bare: false,
      isOne: false,
    };
  }
  if (low === null || low === undefined) return null;
  if (high === null || high === undefined) {
    // "40-mile convoy", "180-day"; "30-year-old" has three parts and is an age.
    if ((MEASURE_UNITS.has(unit) || TIME_UNITS.has(unit)) && low.suffix === '') {
      return {
        value: low.value,
        end: at + 1,
        money: false,
        unit,
        spelled: false,
        bare: false,
        isOne: false,
      };
    }
    return null;
  }
  if (low.suffix !== '' || LEADING_ZERO.test(low.digits) || LEADING_ZERO.test(high.digits))
    return null;
  if (high.value <= low.value) return null;
  if (isYear(low.value, low.bare, undefined) && isYear(high.value, high.bare, undefined))
    return null;
  const unitSuffix = high.suffix;
  if (unitSuffix !== '' && !MEASURE_UNITS.has(unitSuffix) && SCALES.get(unitSuffix) === undefined)
    return null;
  const scale = SCALES.get(unitSuffix) ?? 1;
  return {
    value: low.value * scale,
    high: high.value * scale,
    end: at + 1,
    money: false,
    unit: MEASURE_UNITS.has(unitSuffix) ? unitSuffix : null,
    spelled: false,
    bare: false,
    isOne: false,
  };
}

/** A second bound after "to", "or", "-", "and" (after between): the index past it and its value. */
function rangeEnd(
  tokens: readonly Token[],
  core: Core,
  lang: FigureLanguage,
  between: boolean,
): { end: number; high: number | null } {
  const none = { end: core.end, high: null };
  const link = tokens[core.end];
  if (link === undefined) return none;
  const ok = RANGE_LINKS[lang].has(link.lower) || (between && BETWEEN_LINKS.has(link.lower));
  if (!ok) return none;
  const second = readCore(tokens, core.end + 1, lang, false);
  if (second === null || second.value === null || core.value === null) return none;
  if (second.isOne) return none;
  return { end: second.end, high: second.value };
}

interface UnitMatch {
  end: number;
  kind: FigureKind;
  unit: string | null;
}

/** What follows the number: a currency word, a percent mark, a measure unit, a time unit. */
function unitAfter(tokens: readonly Token[], at: number, lang: FigureLanguage): UnitMatch | null {
  const percentEnd = matchLongestPhrase(tokens, at, PERCENT_PHRASES);
  if (percentEnd !== null) return { end: percentEnd, kind: 'percent', unit: null };
  let i = at;
  if (lang === 'fr' && OF_WORDS.fr.has(tokens[i]?.lower ?? '')) i += 1;
  const token = tokens[i];
  if (token === undefined) return null;
  const lower = withoutElision(token.lower);
  if (CURRENCY_SUFFIXES.has(lower)) return { end: i + 1, kind: 'money', unit: null };
  if (i !== at) return null;
  if (MEASURE_PREFIXES.has(lower) && MEASURE_UNITS.has(tokens[i + 1]?.lower ?? '')) {
    return { end: i + 2, kind: 'measure', unit: `${token.text} ${tokens[i + 1]?.text ?? ''}` };
  }
  if (MEASURE_UNITS.has(lower) && (token.word || !token.spaced)) {
    return { end: i + 1, kind: 'measure', unit: token.text };
  }
  if (TIME_UNITS.has(lower)) return { end: i + 1, kind: 'count', unit: token.text };
  return null;
}

/** Whether the number read at [first, coreEnd) is not a quantity at all. */
function isNotAQuantity(
  tokens: readonly Token[],
  figureFirst: number,
  numberAt: number,
  core: Core,
): boolean {
  const last = core.end - 1;
  const previous = tokens[figureFirst - 1];
  const token = tokens[numberAt];
  const next = tokens[core.end];
  if (core.money) return false;
  if (core.value !== null && isYear(core.value, core.bare, tokens[numberAt - 1])) return true;
  if (core.value !== null && !core.spelled && isDayOfMonth(tokens, numberAt, last, core.value))
    return true;
  if (token !== undefined && isClockTime(readNumeral(token.lower, 'en')?.suffix ?? '', next))
    return true;
  if (isPartOfName(previous) || isReferenceLabel(tokens, figureFirst)) return true;
  if (isStreetAddress(tokens, last) || isPhoneNumber(tokens, numberAt)) return true;
  if (isListMarker(tokens, figureFirst, last) || isGluedToBracket(tokens, last)) return true;
  if (isOrTwoIdiom(tokens, numberAt, core.value) || isQuotedOrNamedTerm(tokens, numberAt, core.end))
    return true;
  return isAge(tokens, numberAt, last);
}

/**
 * Reads a figure starting at token `at` (qualifier first, if any). Returns null when no figure
 * starts there.
 */
function figureAt(tokens: readonly Token[], at: number, lang: FigureLanguage): FigureMatch | null {
  const particle = PARTICLE_VERBS.has(tokens[at - 1]?.lower ?? '');
  const qualifierEnd = particle ? null : matchLongestPhrase(tokens, at, LEXICONS[lang].qualifiers);
  const numberAt = qualifierEnd ?? at;
  const qualified = qualifierEnd !== null;
  const core = readCore(tokens, numberAt, lang, qualified);
  if (core === null) return null;
  if (isNotAQuantity(tokens, at, numberAt, core)) return null;
  if (core.isOne) {
    // "one" is mostly a pronoun or article: only "at least one", "one million", "one or two".
    if (ONE_IDIOM_NEXT.has(tokens[core.end]?.lower ?? '')) return null;
    const ranged = rangeEnd(tokens, core, lang, false).end > core.end;
    if (!qualified && !ranged && unitAfter(tokens, core.end, lang) === null) return null;
  }
  const between = qualified && BETWEEN_WORDS.has(tokens[at]?.lower ?? '');
  const range = rangeEnd(tokens, core, lang, between);
  const numberEnd = range.end;
  if (between && numberEnd === core.end) return null;
  let end = numberEnd;
  let kind: FigureKind = core.money
    ? 'money'
    : core.unit === '%'
      ? 'percent'
      : core.unit !== null
        ? 'measure'
        : 'count';
  let counted: string | null = core.unit !== null && core.unit !== '%' ? core.unit : null;
  if (core.unit === null && !core.money) {
    const unit = unitAfter(tokens, end, lang);
    if (unit !== null) {
      kind = unit.kind;
      end = unit.end;
      if (unit.unit !== null) counted = unit.unit;
    }
  } else if (core.money) {
    const unit = unitAfter(tokens, end, lang);
    if (unit?.kind === 'money') end = unit.end;
  }
  if (core.value === null) kind = 'count';
  else if (isShare(core)) kind = 'share';
  if (kind === 'count' || kind === 'share') {
    let nounAt = end;
    if (core.spelled) {
      const afterOf = ofWordAt(tokens, end, lang);
      if (afterOf !== null) nounAt = afterOf;
      else if (tokens[end]?.lower.startsWith("d'") === true) nounAt = end;
    }
    const noun = countedAfter(tokens, nounAt, lang);
    if (noun !== null) {
      if (kind === 'count') end = noun.end;
      counted =
        noun.text.startsWith("d'") || noun.text.startsWith('d’') ? noun.text.slice(2) : noun.text;
    }
  }
  // '"three amigos"': a quoted term, not a count.
  if (
    OPEN_QUOTES.has(tokens[at - 1]?.text ?? '') &&
    CLOSE_QUOTES.has(tokens[end]?.text ?? '') &&
    kind === 'count'
  )
    return null;
  // A one-token range ("20-30") keeps its upper bound in its core.
  const high = range.high ?? core.high ?? null;
  return { first: at, end, numberAt, value: core.value, high, kind, counted };
}

const OPEN_QUOTES = new Set(['"', '“', '‘', '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', '»']);

function isShare(core: Core): boolean {
  return core.spelled && core.value !== null && core.value > 0 && core.value < 1;
}

/**
 * Every word a figure's number can start with, whatever the language: the first words of the count
 * tables, currency marks, fraction and number words. A number also starts at a digit or a
 * hyphenated token ("20-30", "two-thirds"). Anything else cannot start one (see `readCore`).
 */
const CORE_STARTERS: ReadonlySet<string> = new Set([
  ...[
    ...LEXICONS.en.roundCounts,
    ...LEXICONS.fr.roundCounts,
    ...LEXICONS.en.vagueQuantities,
    ...LEXICONS.fr.vagueQuantities,
    ...LEXICONS.en.hedgedMultiples,
    ...LEXICONS.fr.hedgedMultiples,
  ].map(([phrase]) => phrase[0] ?? ''),
  ...CURRENCY_PREFIXES,
  'us',
  ...FRACTION_COUNTS.keys(),
  ...QUALIFIED_ONLY_FRACTIONS,
  ...NUMBER_WORD_STARTERS,
]);
const ALL_QUALIFIERS = anyLanguagePhrases('qualifiers');
/** First words of the qualifiers, and the longest qualifier in words. */
const QUALIFIER_STARTERS: ReadonlySet<string> = new Set(ALL_QUALIFIERS.map((q) => q[0] ?? ''));
const MAX_QUALIFIER_WORDS = Math.max(...ALL_QUALIFIERS.map((q) => q.length));
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** A cheap necessary condition for `readCore` at this token. */
function mayStartCore(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const first = token.lower.charCodeAt(0);
  return (
    (first >= DIGIT_0 && first <= DIGIT_9) ||
    CORE_STARTERS.has(token.lower) ||
    token.lower.includes('-')
  );
}

/**
 * A cheap necessary condition for `figureAt`, which most tokens of a sentence fail: the number
 * starts here, or a qualifier does and the number starts within the qualifier's length after it.
 */
function mayStartFigure(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (mayStartCore(token)) return true;
  if (!QUALIFIER_STARTERS.has(token.lower)) return false;
  for (let k = 1; k <= MAX_QUALIFIER_WORDS; k += 1) if (mayStartCore(tokens[at + k])) return true;
  return false;
}

/** Every figure in a tokenized sentence, left to right, without overlaps. */
export function findFigureMatches(tokens: readonly Token[], lang: FigureLanguage): FigureMatch[] {
  const matches: FigureMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayStartFigure(tokens, i)) {
      i += 1;
      continue;
    }
    const match = figureAt(tokens, i, lang);
    if (match !== null) {
      matches.push(match);
      i = match.end;
    } else {
      i += 1;
    }
  }
  return matches;
}
