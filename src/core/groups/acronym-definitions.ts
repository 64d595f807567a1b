// Finds acronym definitions, "Jama'at Nusrat al-Islam wal Muslimin (JNIM)": an all-caps word in
// parentheses right after a run of words whose letters spell it (the Schwartz–Hearst test: each
// letter of the acronym appears in order, the first at the start of a word). The article may then use
// the acronym alone; both forms name one group.

import type { Token } from './tokens';

/** The long form may span at most this many words (connectors aside) beyond the acronym's length (Schwartz–Hearst). */
const EXTRA_WORDS = 5;
/** Acronyms shorter than this are too ambiguous ("(A)", list markers). */
const MIN_ACRONYM_LENGTH = 2;
/** Acronyms longer than this are not acronyms but shouted words. */
const MAX_ACRONYM_LENGTH = 10;
const ALNUM = /[\p{L}\p{N}]/u;
/** Lower-case words that may sit inside a proper name without breaking it. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'pour',
  'aux',
  'au',
  'à',
  'al',
  'el',
  'wal',
  'wa',
  'ul',
  'ad',
  'an',
  'ash',
  'as',
]);

export interface AcronymDefinition {
  /** Index of the acronym token. */
  acronym: number;
  /** First and last token of the long form. */
  first: number;
  last: number;
}

/** Start offset (in `long`) of the long form spelling `short`, or -1. */
function schwartzHearstStart(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short.charAt(s).toLowerCase();
    if (!ALNUM.test(c)) {
      s--;
      continue;
    }
    while (
      l >= 0 &&
      (long.charAt(l).toLowerCase() !== c || (s === 0 && l > 0 && ALNUM.test(long.charAt(l - 1))))
    ) {
      l--;
    }
    if (l < 0) return -1;
    l--;
    s--;
  }
  return l + 1;
}

/**
 * The long form opens with a capital and, unless every word's initial spells the acronym (French
 * style: "Front de libération nationale (FLN)"), keeps its other words capitalised or connectors.
 */
function wordsAreNameLike(
  tokens: readonly Token[],
  first: number,
  last: number,
  spelledByInitials: boolean,
): boolean {
  if (!tokens[first]?.capitalised) return false;
  if (spelledByInitials) return true;
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (!token) return false;
    if (!token.capitalised && !NAME_CONNECTORS.has(token.fold)) return false;
  }
  return true;
}

/**
 * First token of the words whose initials spell the acronym, connectors skipped ("Movement for
 * Democratic Change" → MDC), or -1. Tried before Schwartz–Hearst, whose letter-by-letter search can
 * lock onto a letter inside a word ("Coordination of Azawad Movements (CMA)").
 */
function initialsStart(
  acronym: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): number {
  let letter = acronym.length - 1;
  for (let i = last; i >= first && letter >= 0; i--) {
    const token = tokens[i];
    if (!token) return -1;
    if (NAME_CONNECTORS.has(token.fold)) continue;
    if (token.exact.charAt(0).toUpperCase() !== acronym.charAt(letter)) return -1;
    if (letter === 0) return i;
    letter--;
  }
  return -1;
}

export function findAcronymDefinitions(
  text: string,
  tokens: readonly Token[],
): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !token.allCaps || token.possessive) continue;
    const letters = token.exact.length;
    if (letters < MIN_ACRONYM_LENGTH || letters > MAX_ACRONYM_LENGTH) continue;
    if (text.charAt(token.start - 1) !== '(' || text.charAt(token.end) !== ')') continue;
    const previous = tokens[i - 1];
    if (!previous || previous.possessive || text.slice(previous.end, token.start).trim() !== '(')
      continue;
    // Gather the words before "(" that may belong to one name (joined by spaces or hyphens).
    const maxWords = Math.min(letters + EXTRA_WORDS, letters * 2);
    // Connectors ("of the") do not count towards the window.
    let first = i - 1;
    let words = NAME_CONNECTORS.has(previous.fold) ? 0 : 1;
    while (first > 0 && words < maxWords && tokens[first]?.joined) {
      first--;
      if (!NAME_CONNECTORS.has(tokens[first]?.fold ?? '')) words++;
    }
    let start = initialsStart(token.exact, tokens, first, i - 1);
    const spelledByInitials = start >= 0;
    if (start < 0) {
      const windowStart = tokens[first]?.start ?? 0;
      const offset = schwartzHearstStart(token.exact, text.slice(windowStart, previous.end));
      if (offset < 0) continue;
      start = first;
      while (start < i - 1 && (tokens[start + 1]?.start ?? Infinity) <= windowStart + offset)
        start++;
    }
    if (!wordsAreNameLike(tokens, start, i - 1, spelledByInitials)) continue;
    // One word spelling several letters is a compound ("Telematikinfrastruktur (TI)"), not a name.
    if (start === i - 1) continue;
    found.push({ acronym: i, first: start, last: i - 1 });
  }
  return found;
}
