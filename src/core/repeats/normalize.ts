// Text normalisation for repeat detection: two copies of a paragraph that a page prints with
// different typography (curly vs straight quotes, NBSP vs space, doubled spaces, soft hyphens,
// a dash written "—", " – ", " - " or " -- ", a dropped or spaced final full stop, other case)
// must compare equal. Script-neutral: no locale rules, no transliteration, so Arabic, Hebrew,
// CJK, Cyrillic and Devanagari text pass through intact.

/** Invisible characters (Unicode Default_Ignorable_Code_Point: soft hyphen, zero-width space and
 * joiners, word joiner, BOM, bidi marks and isolates, variation selectors) and Arabic tatweel (a
 * justification stretch). */
const INVISIBLE_CHARS = /[\p{Default_Ignorable_Code_Point}\u0640]/gu;
/** Single quotes, apostrophes, primes and single guillemets, folded to `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u0060\u00B4\u2039\u203A]/g;
/** Double quotes, double primes and guillemets, folded to `"`. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g;
/**
 * A dash between words as punctuation, written any way, with its spaces: an em dash or longer
 * (spaced or not), two or more hyphens, or any dash with a space on both sides. Folded to " - ",
 * so "a—b", "a — b", "a -- b" and "a - b" are one text. An unspaced hyphen or en dash (al-Qaeda,
 * 2010–2012) is a hyphen and stays one.
 */
const PUNCTUATION_DASH = / ?(?:[\u2014\u2015\u2e3a\u2e3b]+|--+) ?| [\p{Pd}\u2212] /gu;
/** Every other dash and hyphen (Unicode Pd) plus the minus sign, folded to `-`. */
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

/** Printable ASCII but the backtick: NFKC, the invisible and quote foldings leave it as it is
 * (its only dash is "-" and its only whitespace the space). */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
const SPACE_RUN = / {2,}/g;
/** PUNCTUATION_DASH in plain ASCII (spaces already single): two or more hyphens, with the
 * spaces around them. */
const ASCII_DOUBLE_HYPHEN = / ?--+ ?/g;
/** Plain ASCII plus Latin-1 letters, NBSP, curly quotes and en/em dashes: most European news text.
 * NFKC leaves all of it as it is but NBSP (a space); no character of it is invisible. */
const TYPOGRAPHIC =
  /^[\x20-\x5f\x61-\x7e\u00a0\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]*$/;
/** In typographic text: the quotes and dashes to fold (PUNCTUATION_DASH first, with its
 * spaces), and the whitespace to collapse. A run of spaces costs its length once: where no dash
 * follows it, the run alternative takes it whole. */
const TYPOGRAPHIC_FOLDS =
  /[ \u00a0]*(?:\u2014+|--+)[ \u00a0]*|[ \u00a0]+[-\u2013][ \u00a0]+|[\u2018\u2019]|[\u201c\u201d]|\u2013|[ \u00a0]{2,}|\u00a0/g;

const TYPOGRAPHIC_DASH = /[-\u2013\u2014]/;

function typographicFold(match: string): string {
  const c = match.charCodeAt(0);
  if (c === 0x2018 || c === 0x2019) return "'";
  if (c === 0x201c || c === 0x201d) return '"';
  if (match === '\u2013') return '-';
  return TYPOGRAPHIC_DASH.test(match) ? ' - ' : ' ';
}

/** Everything but case folding: NFKC, invisible characters removed, quotes and dashes unified,
 * whitespace collapsed to single spaces and trimmed, trailing punctuation dropped. Keeps the
 * reader's casing, so word changes can be shown as printed. */
export function normalizeForm(text: string): string {
  // Plain ASCII needs only the space folding: one scan instead of six passes over the text.
  if (PLAIN_ASCII.test(text)) {
    const spaced = text.includes('  ') ? text.replace(SPACE_RUN, ' ') : text;
    const dashed = spaced.includes('--') ? spaced.replace(ASCII_DOUBLE_HYPHEN, ' - ') : spaced;
    return stripTrailingPunctuation(dashed.trim());
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
    // Spaces first, single, so that the dash pattern never scans a run of them twice.
    .replace(WHITESPACE_RUN, ' ')
    .replace(PUNCTUATION_DASH, ' - ')
    .replace(DASHES, '-')
    .trim();
  return stripTrailingPunctuation(folded);
}

/** The comparison form of a paragraph: `normalizeForm` then plain `toLowerCase` (locale-free). */
export function normalizeText(text: string): string {
  return normalizeForm(text).toLowerCase();
}
