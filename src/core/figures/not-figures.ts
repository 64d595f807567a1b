// Numbers that are not quantities: dates and years, clock times, labels and names ("Article 5",
// "Boeing 737", "Route 66"), addresses, phone numbers and ages. Each check looks at the tokens
// around a number the grammar has read; one check per function.

import { anyLanguage } from './lexicon';
import type { Token } from './tokens';

/** Plain four-digit numbers in this span are read as years ("in 2023"). */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** Older plain four-digit numbers are years only after a time preposition ("since 1848"). */
const OLD_YEAR_MIN = 1000;
/** Day numbers: a number next to a month name and at most 31 is a day of the month. */
const MAX_DAY = 31;

// Word tables in lexicon/; dates, names and times are read whatever the article's language.
const MONTHS: ReadonlySet<string> = new Set([
  ...anyLanguage('months'),
  ...anyLanguage('monthAbbreviations'),
]);
const REFERENCE_NOUNS = anyLanguage('referenceNouns');
const STREET_WORDS = anyLanguage('streetWords');
const AGE_WORDS = anyLanguage('ageWords');
const YEAR_PREPOSITIONS = anyLanguage('yearPrepositions');
const CLOCK_WORDS = anyLanguage('clockWords');
const CLOCK_SUFFIXES = anyLanguage('clockSuffixes');
const DAY_LINKS = anyLanguage('dayLinks');
const FUNCTION_WORDS = anyLanguage('functionWords');
const CAPITALISED = /^\p{Lu}/u;
const WORD = /^[\p{L}]/u;

/** "in 2023", "2023 elections" — a plain four-digit number read as a year. */
export function isYear(value: number, bare: boolean, previous: Token | undefined): boolean {
  if (!bare || !Number.isInteger(value)) return false;
  if (value >= YEAR_MIN && value <= YEAR_MAX) return true;
  return value >= OLD_YEAR_MIN && previous !== undefined && YEAR_PREPOSITIONS.has(previous.lower);
}

/** "March 5", "5 March", "5th of March", "le 5 mars". */
export function isDayOfMonth(
  tokens: readonly Token[],
  first: number,
  last: number,
  value: number,
): boolean {
  if (!Number.isInteger(value) || value < 1 || value > MAX_DAY) return false;
  let before = first - 1;
  if (tokens[before]?.lower === '.') before -= 1;
  if (MONTHS.has(tokens[before]?.lower ?? '')) return true;
  let after = last + 1;
  while (DAY_LINKS.has(tokens[after]?.lower ?? '')) after += 1;
  return MONTHS.has(tokens[after]?.lower ?? '');
}

/** "10am", "10 p.m.", "10 o'clock", "22 h". Colon times ("10:30") never parse as numbers. */
export function isClockTime(suffix: string, next: Token | undefined): boolean {
  return CLOCK_SUFFIXES.has(suffix) || (next !== undefined && CLOCK_WORDS.has(next.lower));
}

/** "Boeing 737", "Route 66", "Resolution 2719": a capitalised name word right before. */
export function isPartOfName(previous: Token | undefined): boolean {
  if (previous === undefined || !WORD.test(previous.text)) return false;
  return (
    CAPITALISED.test(previous.text) &&
    !FUNCTION_WORDS.has(previous.lower) &&
    !MONTHS.has(previous.lower)
  );
}

/** "Article 5", "page 4", "No. 10", "flight 370". */
export function isReferenceLabel(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (previous === undefined) return false;
  if (REFERENCE_NOUNS.has(previous.lower)) return true;
  return previous.text === '.' && REFERENCE_NOUNS.has(tokens[first - 2]?.lower ?? '');
}

/** "10 Downing Street", "221 Baker St". */
export function isStreetAddress(tokens: readonly Token[], last: number): boolean {
  for (let i = last + 1; i <= last + 3; i += 1) {
    const token = tokens[i];
    if (token === undefined || !CAPITALISED.test(token.text)) return false;
    if (STREET_WORDS.has(token.lower)) return i > last + 1;
  }
  return false;
}

/** "+44 20 7946 0000", "555-0134-22": a plus sign before a digit run, or three digit groups. */
export function isPhoneNumber(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first];
  if (token === undefined) return false;
  if (DIGIT_GROUPS.test(token.text)) return true;
  let from = first;
  while (from > 0 && ALL_DIGITS.test(tokens[from - 1]?.text ?? '') && first - from < PHONE_GROUPS)
    from -= 1;
  let to = first + 1;
  while (ALL_DIGITS.test(tokens[to]?.text ?? '') && to - from < PHONE_GROUPS) to += 1;
  if (tokens[from - 1]?.text === '+') return true;
  return to - from >= PHONE_GROUPS && !isSpacedThousands(tokens, from, to);
}

/** "1 200 000" (French thousands): a short head group followed by groups of three digits. */
function isSpacedThousands(tokens: readonly Token[], from: number, to: number): boolean {
  if (!SHORT_GROUP.test(tokens[from]?.text ?? '')) return false;
  for (let i = from + 1; i < to; i += 1)
    if (!THOUSANDS_GROUP.test(tokens[i]?.text ?? '')) return false;
  return true;
}

const SHORT_GROUP = /^\d{1,3}$/;
const THOUSANDS_GROUP = /^\d{3}$/;

/** Digit groups side by side that make a phone number rather than a count. */
const PHONE_GROUPS = 3;
const ALL_DIGITS = /^\d+$/;
const DIGIT_GROUPS = /^\d+(?:-\d+){2,}$/;

/** "2." or "3)" opening a sentence: a list marker. */
export function isListMarker(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  return (
    first === 0 &&
    last === 0 &&
    (next?.text === '.' || next?.text === ')') &&
    !(next?.spaced ?? true)
  );
}

/** "401(k)": a number glued to a bracket is a name. */
export function isGluedToBracket(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next?.text === '(' && !next.spaced;
}

/** '"three amigos"', "the Three Amigos": a quoted term or a capitalised name. */
export function isQuotedOrNamedTerm(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1]?.text ?? '';
  const after = tokens[end]?.text ?? '';
  if (OPEN_QUOTES.has(before) && CLOSE_QUOTES.has(after)) return true;
  const head = tokens[first];
  const next = tokens[first + 1];
  return (
    first > 0 &&
    head !== undefined &&
    !DIGIT_START.test(head.text) &&
    CAPITALISED.test(head.text) &&
    next !== undefined &&
    next.word &&
    CAPITALISED.test(next.text)
  );
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);
const DIGIT_START = /^\d/;

/** "an app or two", "a day or two": "or two" after a singular noun is an idiom. */
export function isOrTwoIdiom(
  tokens: readonly Token[],
  first: number,
  value: number | null,
): boolean {
  return (
    value === 2 &&
    tokens[first - 1]?.lower === 'or' &&
    !DIGIT_START.test(tokens[first]?.text ?? '') &&
    (tokens[first - 2]?.word ?? false)
  );
}

/** "aged 45", "age 45", "Ali (45)", "45 years old", "45 ans" after "âgé de". */
export function isAge(tokens: readonly Token[], first: number, last: number): boolean {
  const previous = tokens[first - 1];
  if (previous !== undefined && AGE_WORDS.has(previous.lower)) return true;
  if (previous?.lower === 'de' && AGE_WORDS.has(tokens[first - 2]?.lower ?? '')) return true;
  const next = tokens[last + 1];
  if (previous?.text === '(' && next?.text === ')')
    return CAPITALISED.test(tokens[first - 2]?.text ?? '');
  // "Patrick Carlineo Jr., 55, could face": a bare number between commas after a name.
  if (previous?.text === ',' && next?.text === ',' && isApposedToName(tokens, first - 2))
    return true;
  return (next?.lower === 'years' || next?.lower === 'year') && tokens[last + 2]?.lower === 'old';
}

/** The token before ", 55," ends a name ("Assange", "Jr."). */
function isApposedToName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.text === '.') return CAPITALISED.test(tokens[at - 1]?.text ?? '');
  return token !== undefined && token.word && CAPITALISED.test(token.text);
}
