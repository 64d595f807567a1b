// Splits normalised text into word tokens for shingling and word diffs. Space-delimited scripts
// give one token per word; scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)
// give one token per character (with its combining marks), so a changed character in Chinese is a
// one-token change rather than a whole-sentence one.

/** Tokens of unspaced scripts (one base char + its marks) or a run of anything else but spaces. */
const TOKEN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]\p{M}*|[^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/uy;
/** Whitespace, where no token starts (every other character starts one of the two branches). */
const WHITESPACE = /\s/y;
const ASCII_WHITESPACE = Array.from({ length: 128 }, (_, c) => /\s/.test(String.fromCharCode(c)));
/** One punctuation character (tested per character when trimming token edges). */
const PUNCTUATION_CHAR = /^\p{P}$/u;
/** PUNCTUATION_CHAR on each ASCII character, so most edge tests need no regex. */
const ASCII_PUNCTUATION = Array.from({ length: 128 }, (_, c) =>
  PUNCTUATION_CHAR.test(String.fromCharCode(c)),
);

export interface Tokens {
  /** Comparison key of each token: lower case, edge punctuation removed (never empty). */
  keys: string[];
  /** Start offset of each token in the tokenised text. */
  starts: number[];
  /** End offset (exclusive) of each token in the tokenised text. */
  ends: number[];
}

function isPunctuationAt(raw: string, at: number): boolean {
  const c = raw.charCodeAt(at);
  return c < 128 ? ASCII_PUNCTUATION[c] === true : PUNCTUATION_CHAR.test(raw.charAt(at));
}

/** The comparison key of one raw token, or '' when it is punctuation only. */
function tokenKey(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isPunctuationAt(raw, start)) start++;
  while (end > start && isPunctuationAt(raw, end - 1)) end--;
  return (start === 0 && end === raw.length ? raw : raw.slice(start, end)).toLowerCase();
}

function isWhitespaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return ASCII_WHITESPACE[c] === true;
  WHITESPACE.lastIndex = at;
  return WHITESPACE.test(text);
}

/**
 * Tokenises text already passed through `normalizeForm`. Punctuation-only tokens are dropped.
 * Skips whitespace (all of it in the BMP, so no surrogate pair is split), then matches the token
 * with the sticky pattern: the tokens of a global `exec` loop, without a match array per token.
 */
export function tokenize(form: string): Tokens {
  const tokens: Tokens = { keys: [], starts: [], ends: [] };
  let at = 0;
  while (at < form.length) {
    if (isWhitespaceAt(form, at)) {
      at++;
      continue;
    }
    TOKEN.lastIndex = at;
    // Always matches on a non-space character; the fallback only guards the loop.
    const end = TOKEN.test(form) ? TOKEN.lastIndex : at + 1;
    const key = tokenKey(form.slice(at, end));
    if (key !== '') {
      tokens.keys.push(key);
      tokens.starts.push(at);
      tokens.ends.push(end);
    }
    at = end;
  }
  return tokens;
}
