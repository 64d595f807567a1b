// Time and place words that tie a figure to one event: "last month's attack", "in 2019", "in the
// third quarter", "in Kayes". Two figures count the same event only if their anchors allow it:
// - strong anchors (a year, a month, a quarter, a past or coming period, a place) must be the
//   same on both sides: "30 killed in Kayes" is not "27 killed" overall, nor in Sandere;
// - weak anchors (a weekday, "today", "yesterday") must meet when both sides have some: the story
//   is told on one day, so a figure without a day is of the story's own day.
// Time words of the report rather than of the event ("by Tuesday", "as of Monday", "so far") are
// update cues (updates.ts), not anchors.

import { anyLanguage } from '../lexicon';
import type { Token } from '../tokens';
import type { Span } from './clause';

const MONTHS: ReadonlySet<string> = new Set([
  ...anyLanguage('months'),
  ...anyLanguage('monthAbbreviations'),
]);

export interface Anchors {
  strong: ReadonlySet<string>;
  weak: ReadonlySet<string>;
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight']);
const PERIODS = new Set(
  'week weekend month year decade quarter season summer winter spring autumn fall century term session'.split(
    ' ',
  ),
);
/** Words that place a period away from the story's present ("last year", "the previous month"). */
const RELATIVE = new Set(
  'last previous past prior next coming earlier later following preceding'.split(' '),
);
/** Words that set a figure in another time on their own ("two years ago", "previously"). */
const ELSEWHEN = new Set(['ago', 'previously', 'formerly', 'earlier']);
const QUARTERS = new Map([
  ['first', 'q1'],
  ['second', 'q2'],
  ['third', 'q3'],
  ['fourth', 'q4'],
]);
const QUARTER_TOKEN = /^(?:q[1-4]|h[12])$/u;
const YEAR = /^(?:1[89]|20)\d\d(?:s)?$/u;
/** Prepositions before a place name. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'across',
  'outside',
  'inside',
  'throughout',
]);
/** Words before a day that make it the time of the report ("by Tuesday", "as of Monday"). */
const REPORT_TIME = new Set(['by', 'of', 'until', 'through']);
const CAPITALISED = /^\p{Lu}/u;
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** A capitalised name run starting at `at` ("Sandere", "New York"), lower-cased, or null. */
function nameAt(tokens: readonly Token[], at: number): string | null {
  const words: string[] = [];
  for (let i = at; i < tokens.length && words.length < 4; i += 1) {
    const token = tokens[i];
    if (token === undefined || !token.word || !CAPITALISED.test(token.text)) break;
    if (MONTHS.has(token.lower) || WEEKDAYS.has(token.lower)) break;
    words.push(token.lower.replace(/'s$/u, ''));
  }
  return words.length === 0 ? null : words.join(' ');
}

/** The place a preposition at `at` introduces: "in Kayes", "in the Sahel", "in the north". */
function placeAfter(tokens: readonly Token[], at: number): string | null {
  let i = at + 1;
  if (tokens[i]?.lower === 'the') i += 1;
  const word = tokens[i]?.lower ?? '';
  if (COMPASS.has(word)) return word;
  return nameAt(tokens, i);
}

/** Time and place anchors in the given spans of a sentence, figure tokens [first, end) excluded. */
export function anchorsIn(
  tokens: readonly Token[],
  spans: readonly Span[],
  first: number,
  end: number,
): Anchors {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const span of spans) {
    for (let i = span.from; i < span.to; i += 1) {
      if (i >= first && i < end) continue;
      const token = tokens[i];
      if (token === undefined || !token.word) continue;
      // "last month's attack": the period without its possessive.
      const lower = token.lower.replace(/'s$/u, '');
      const previous = tokens[i - 1]?.lower ?? '';
      if (YEAR.test(lower)) strong.add(`year ${lower}`);
      else if (MONTHS.has(lower) && CAPITALISED.test(token.text)) strong.add(`month ${lower}`);
      else if (QUARTER_TOKEN.test(lower)) strong.add(lower);
      else if (lower === 'quarter' && QUARTERS.has(previous))
        strong.add(QUARTERS.get(previous) ?? '');
      else if (PERIODS.has(lower) && RELATIVE.has(previous)) strong.add(`${previous} ${lower}`);
      else if (ELSEWHEN.has(lower)) strong.add(lower);
      else if (WEEKDAYS.has(lower) || DAY_WORDS.has(lower)) {
        if (!REPORT_TIME.has(previous)) weak.add(lower);
      } else if (PLACE_PREPOSITIONS.has(lower)) {
        const place = placeAfter(tokens, i);
        if (place !== null) strong.add(`place ${place}`);
      }
    }
  }
  return { strong, weak };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether two figures' anchors allow one event. */
export function sameEvent(a: Anchors, b: Anchors): boolean {
  if (!sameSet(a.strong, b.strong)) return false;
  if (a.weak.size === 0 || b.weak.size === 0) return true;
  for (const x of a.weak) if (b.weak.has(x)) return true;
  return false;
}
