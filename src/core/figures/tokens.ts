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
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-–.,:/][\p{L}\p{M}\p{N}]+)*|\S/uy;
const WORD_START = /[\p{L}\p{M}\p{N}]/uy;
const WHITESPACE = /\s/y;
const CURLY_APOSTROPHE = /’/g;
const EN_DASH = /–/g;

/** What starts at a character: 0 a word, 1 a one-character token, 2 nothing (whitespace). */
type Start = 0 | 1 | 2;

/** Start of each ASCII character, read off the same patterns. */
const ASCII_START: Start[] = Array.from({ length: 128 }, (_, c) =>
  startOf(String.fromCharCode(c), 0),
);

function startOf(text: string, at: number): Start {
  WHITESPACE.lastIndex = at;
  if (WHITESPACE.test(text)) return 2;
  WORD_START.lastIndex = at;
  return WORD_START.test(text) ? 0 : 1;
}

/**
 * Sticky matching from each token start, not a global `exec`: the same tokens (a token starts at
 * every non-space character, and a word exactly where a letter, mark or digit stands; `\s` holds
 * no surrogate, so skipping spaces one unit at a time never splits a pair) without a match array
 * per token, which was most of what the figures allocated.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let at = 0;
  while (at < sentence.length) {
    const c = sentence.charCodeAt(at);
    const start = c < 128 ? (ASCII_START[c] ?? 2) : startOf(sentence, at);
    if (start === 2) {
      at += 1;
      continue;
    }
    TOKEN_PATTERN.lastIndex = at;
    // Always matches here (\S takes any non-space); the fallback only guards the loop.
    const end = TOKEN_PATTERN.test(sentence) ? TOKEN_PATTERN.lastIndex : at + 1;
    const text = sentence.slice(at, end);
    let lower = text.toLowerCase();
    // Most tokens hold neither character: skip the replace calls for them.
    if (lower.includes('’')) lower = lower.replace(CURLY_APOSTROPHE, "'");
    if (lower.includes('–')) lower = lower.replace(EN_DASH, '-');
    tokens.push({
      text,
      lower,
      start: at,
      end,
      word: start === 0,
      spaced: at === 0 || at > previousEnd,
    });
    previousEnd = end;
    at = end;
  }
  return tokens;
}
