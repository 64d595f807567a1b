// The stretch of a sentence that speaks of a figure: up to CONTEXT_TOKENS tokens on each side,
// stopped where a new clause or a quotation starts (";", ":", brackets, dashes, quote marks,
// "while", "but"). Frame words are looked for there; time and place words in the narrower
// comma-bounded part, plus an opening phrase that sets the scene for the whole sentence ("On
// Monday, …", "In Kayes, …", "A year earlier, …").

import type { Token } from '../tokens';
import { CONTEXT_TOKENS } from './thresholds';

export interface Span {
  /** First token index, and one past the last. */
  from: number;
  to: number;
}

const STRONG_MARKS = new Set([
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '—',
  '–',
  '-',
  '"',
  '“',
  '”',
  '«',
  '»',
  '?',
  '!',
]);
const CLAUSE_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', 'meanwhile']);
function isBoundary(token: Token | undefined, commas: boolean): boolean {
  if (token === undefined) return true;
  if (STRONG_MARKS.has(token.text) || CLAUSE_WORDS.has(token.lower)) return true;
  return commas && token.text === ',';
}

function around(tokens: readonly Token[], first: number, end: number, commas: boolean): Span {
  let from = first;
  while (from > 0 && first - from < CONTEXT_TOKENS && !isBoundary(tokens[from - 1], commas))
    from -= 1;
  let to = end;
  while (to < tokens.length && to - end < CONTEXT_TOKENS && !isBoundary(tokens[to], commas))
    to += 1;
  return { from, to };
}

/** The clause around tokens [first, end): commas do not stop it (lists share their verb). */
export function clauseAround(tokens: readonly Token[], first: number, end: number): Span {
  return around(tokens, first, end, false);
}

/** The comma-bounded part around tokens [first, end). */
export function phraseAround(tokens: readonly Token[], first: number, end: number): Span {
  return around(tokens, first, end, true);
}

/**
 * "On Monday,", "A year earlier,", "In the north of the country,", "By the latest count,": an
 * opening phrase set off by a comma or a colon, which sets the scene for the whole sentence.
 */
export function sceneSetting(tokens: readonly Token[]): Span | null {
  for (let i = 1; i <= CONTEXT_TOKENS && i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.text === ',' || token?.text === ':') return { from: 0, to: i };
    if (isBoundary(token, false)) return null;
  }
  return null;
}
