// Cuts a sentence into tokens with offsets. A token is either a run of letters/digits (joined
// across inner apostrophes, hyphens, dots, commas, colons and slashes, so "1,200", "al-Qaeda",
// "30-year-old", "10:30" and "COVID-19" each stay one token) or one other visible character.

export interface Token {
  text: string;
  /** Lower-cased text, with curly apostrophes straightened, for table lookups. */
  lower: string;
  start: number;
  end: number;
  /** True when the token is a run of letters and digits (not punctuation). */
  word: boolean;
  /** True when whitespace (or the sentence start) comes right before the token. */
  spaced: boolean;
}

/** A word: alphanumerics, with single inner joiners. Linear: each joiner must be followed by one. */
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-–.,:/][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const CURLY_APOSTROPHE = /’/g;
const EN_DASH = /–/g;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of sentence.matchAll(TOKEN_PATTERN)) {
    const text = match[0];
    const start = match.index;
    tokens.push({
      text,
      lower: text.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(EN_DASH, '-'),
      start,
      end: start + text.length,
      word: WORD_START.test(text),
      spaced: start === 0 || start > previousEnd,
    });
    previousEnd = start + text.length;
  }
  return tokens;
}
