// Tells running prose from templated text. Real pages legitimately repeat templated text: the
// same interview question before each answer, the same meal or product bullet in several lists,
// quantities that differ by one number. Prose sentences are what a page prints twice by mistake,
// so only prose may be hidden on its own (short/templated copies only as part of a copied block).

/** Characters skipped at the end of a paragraph before its final mark: spaces, closing quotes and
 * brackets, invisible format characters. */
const TRAILING_CLOSER = /^[\s"'\p{Pe}\p{Pf}\u200B-\u200F\u2060\uFEFF]$/u;
/** Sentence-final marks of many scripts. The question mark is left out on purpose: repeated
 * questions are the interview and FAQ template, not a printing mistake. */
const SENTENCE_END = /^[.!。！…।॥۔։።။]$/u;
/** A token holding a digit (counts, prices, quantities). */
const HAS_DIGIT = /\p{Nd}/u;
/** Characters of the paragraph end inspected (enough for any run of closers). */
const TAIL_CHARS = 32;
/** Most tokens with digits in prose: the repeated meal-plan quantity lines measured 33-40 %, the
 * repeated stat lines of zyte-6a72de37e8 ("1 tackle (1 combined).") 50 %. */
const MAX_NUMERIC_TOKEN_SHARE = 0.25;

/** HAS_DIGIT, with ASCII (whose only decimal digits are 0-9) decided without the regex. */
function hasDigit(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c >= 0x80) return HAS_DIGIT.test(key);
  }
  return false;
}

/** True when more than MAX_NUMERIC_TOKEN_SHARE of the tokens hold digits: a list of figures. */
export function isFigureList(keys: readonly string[]): boolean {
  let numeric = 0;
  for (const key of keys) if (hasDigit(key)) numeric++;
  return numeric > MAX_NUMERIC_TOKEN_SHARE * keys.length;
}

/** True when the paragraph ends like a sentence and is not a list of figures. */
export function isProse(text: string, keys: readonly string[]): boolean {
  const tail = text.slice(-TAIL_CHARS).normalize('NFKC');
  let end = tail.length;
  while (end > 0 && TRAILING_CLOSER.test(tail.charAt(end - 1))) end--;
  if (!SENTENCE_END.test(tail.charAt(end - 1))) return false;
  return !isFigureList(keys);
}
