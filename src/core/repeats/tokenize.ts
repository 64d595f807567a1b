// Splits normalised text into word tokens for shingling and word diffs. Space-delimited scripts
// give one token per word; scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)
// give one token per character (with its combining marks), so a changed character in Chinese is a
// one-token change rather than a whole-sentence one.

/** Tokens of unspaced scripts (one base char + its marks) or a run of anything else but spaces. */
const TOKEN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]\p{M}*|[^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;
/** One punctuation character (tested per character when trimming token edges). */
const PUNCTUATION_CHAR = /^\p{P}$/u;

export interface Tokens {
  /** Comparison key of each token: lower case, edge punctuation removed (never empty). */
  keys: string[];
  /** Start offset of each token in the tokenised text. */
  starts: number[];
  /** End offset (exclusive) of each token in the tokenised text. */
  ends: number[];
}

/** The comparison key of one raw token, or '' when it is punctuation only. */
function tokenKey(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && PUNCTUATION_CHAR.test(raw.charAt(start))) start++;
  while (end > start && PUNCTUATION_CHAR.test(raw.charAt(end - 1))) end--;
  return raw.slice(start, end).toLowerCase();
}

/** Tokenises text already passed through `normalizeForm`. Punctuation-only tokens are dropped. */
export function tokenize(form: string): Tokens {
  const tokens: Tokens = { keys: [], starts: [], ends: [] };
  for (const match of form.matchAll(TOKEN)) {
    const key = tokenKey(match[0]);
    if (key === '') continue;
    tokens.keys.push(key);
    tokens.starts.push(match.index);
    tokens.ends.push(match.index + match[0].length);
  }
  return tokens;
}
