// Text normalisation for repeat detection: two copies of a paragraph that a page prints with
// different typography (curly vs straight quotes, NBSP vs space, soft hyphens, en vs em dash,
// a dropped final full stop, other case) must compare equal. Script-neutral: no locale rules,
// no transliteration, so Arabic, Hebrew, CJK, Cyrillic and Devanagari text pass through intact.

/** Invisible characters (Unicode Default_Ignorable_Code_Point: soft hyphen, zero-width space and
 * joiners, word joiner, BOM, bidi marks and isolates, variation selectors) and Arabic tatweel (a
 * justification stretch). */
const INVISIBLE_CHARS = /[\p{Default_Ignorable_Code_Point}\u0640]/gu;
/** Single quotes, apostrophes, primes and single guillemets, folded to `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u0060\u00B4\u2039\u203A]/g;
/** Double quotes, double primes and guillemets, folded to `"`. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g;
/** Every dash and hyphen (Unicode Pd) plus the minus sign, folded to `-`. */
const DASHES = /[\p{Pd}\u2212]/gu;
/** Any run of whitespace (JS \s covers NBSP, thin/figure spaces, ideographic space, line separators). */
const WHITESPACE_RUN = /\s+/g;
/** One character of punctuation or whitespace (tested per character, never on a whole string). */
const PUNCTUATION_OR_SPACE_CHAR = /^[\p{P}\s]$/u;

/** Drops trailing punctuation and spaces with a backwards scan (a `/[\p{P}]+$/` regex would be
 * quadratic on long punctuation runs). Works on UTF-16 units: every \p{P} char is in the BMP
 * except a few historic scripts, which are simply kept. */
function stripTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && PUNCTUATION_OR_SPACE_CHAR.test(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Everything but case folding: NFKC, invisible characters removed, quotes and dashes unified,
 * whitespace collapsed to single spaces and trimmed, trailing punctuation dropped. Keeps the
 * reader's casing, so word changes can be shown as printed. */
export function normalizeForm(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(INVISIBLE_CHARS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
  return stripTrailingPunctuation(folded);
}

/** The comparison form of a paragraph: `normalizeForm` then plain `toLowerCase` (locale-free). */
export function normalizeText(text: string): string {
  return normalizeForm(text).toLowerCase();
}
