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

/** Printable ASCII but the backtick: NFKC, the invisible, quote and dash foldings leave it as it is
 * (its only dash is "-" and its only whitespace the space). */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
const SPACE_RUN = / {2,}/g;
/** Plain ASCII plus Latin-1 letters, NBSP, curly quotes and en/em dashes: most European news text.
 * NFKC leaves all of it as it is but NBSP (a space); no character of it is invisible. */
const TYPOGRAPHIC =
  /^[\x20-\x5f\x61-\x7e\u00a0\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]*$/;
/** In typographic text: the quotes and dashes to fold, and the whitespace to collapse. */
const TYPOGRAPHIC_FOLDS = /[\u2018\u2019]|[\u201c\u201d]|[\u2013\u2014]|[ \u00a0]{2,}|\u00a0/g;

function typographicFold(match: string): string {
  const c = match.charCodeAt(0);
  if (c === 0x2018 || c === 0x2019) return "'";
  if (c === 0x201c || c === 0x201d) return '"';
  if (c === 0x2013 || c === 0x2014) return '-';
  return ' ';
}

/** Everything but case folding: NFKC, invisible characters removed, quotes and dashes unified,
 * whitespace collapsed to single spaces and trimmed, trailing punctuation dropped. Keeps the
 * reader's casing, so word changes can be shown as printed. */
export function normalizeForm(text: string): string {
  // Plain ASCII needs only the space folding: one scan instead of six passes over the text.
  if (PLAIN_ASCII.test(text)) {
    const spaced = text.includes('  ') ? text.replace(SPACE_RUN, ' ') : text;
    return stripTrailingPunctuation(spaced.trim());
  }
  // The same foldings in one pass, without NFKC or the Unicode-property scans.
  if (TYPOGRAPHIC.test(text)) {
    return stripTrailingPunctuation(text.replace(TYPOGRAPHIC_FOLDS, typographicFold).trim());
  }
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
