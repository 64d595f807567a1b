// Splits a paragraph into word tokens with offsets, the keys used to compare them with knowledge-base
// aliases, and the facts the group rules need: possessive "'s", sentence start, and whether the gap
// before a token may sit inside a name (spaces and hyphens only, so "al-Qaeda" = "al Qaeda").
// One left-to-right pass (a sticky regex at each word): linear in the paragraph length.

/** A dotted acronym ("U.S.", "U.N", "U.S.A.") becomes one token written without dots. */
const DOTTED_ACRONYM = String.raw`\p{Lu}(?:\.\p{Lu})+\.?`;
/** A word: letters/digits, with inner apostrophes or ampersands ("Jama'at", "AT&T"), and a trailing possessive. */
const WORD = String.raw`[\p{L}\p{N}]+(?:['’‘ʼ\u0060&][\p{L}\p{N}]+)*['’ʼ]?`;
const SPACE = 0x20;
/** Sticky: matched at each token start (see `tokenize`). */
const TOKEN = new RegExp(`${DOTTED_ACRONYM}|${WORD}`, 'uy');
/** Where a token may start: both branches open with a letter or a digit (\p{Lu} is a letter). */
const TOKEN_START = /[\p{L}\p{N}]/uy;
const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;

const APOSTROPHES = /['’‘ʼ`]/gu;
const DOTS = /\./g;
const COMBINING_MARKS = /\p{M}/gu;
/** "JNIM's", "forces'": a possessive ending. */
const POSSESSIVE_ENDING = /['’ʼ][sS]?$/u;
/** Elided French articles and pronouns glued to the next word ("l'armée", "d'Al-Qaïda"). */
const FRENCH_ELISION = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’ʼ](?=\p{L})/u;
/**
 * Gaps allowed between two tokens of one name: spaces, one hyphen with no spaces ("al-Qaeda"), an
 * ampersand ("Ernst & Young", "Frost & Sullivan"), or spaces and an elided French article ("de
 * l'Azawad").
 */
const NAME_GAP = /^(?:\s+|[-\u2010\u2011\u00ad]|\s*&\s*|\s+(?:[lLdD]|[qQ]u)['’ʼ])$/u;
/** A single hyphen joining two words into a compound ("Union-Tribune", "Cross-Network"). */
const HYPHEN_GAP = /^[-\u2010\u2011\u00ad]$/u;
/** Punctuation that ends a sentence, or opens a quotation / clause in which a new sentence starts. */
const SENTENCE_BREAK = /[.!?:;"“”«»()[\]—–]/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const DIGIT_INITIAL = /^\p{N}/u;
/** Words needing no normalisation (the common case, kept cheap). */
const PLAIN_ASCII_WORD = /^[A-Za-z0-9]+$/;

export interface Token {
  /** Offset of the first character in the paragraph. */
  start: number;
  /** Offset after the last character, possessive ending excluded. */
  end: number;
  /** The token as written, dots of an acronym and possessive ending removed. */
  text: string;
  /** Case-folded comparison key: no apostrophes, no accents, lower case ("jamaat"). */
  fold: string;
  /** Case-kept comparison key: no apostrophes, no accents ("US", "Jamaat"). */
  exact: string;
  possessive: boolean;
  /** True when only spaces or one hyphen separate this token from the previous one. */
  joined: boolean;
  /** True when one hyphen, without spaces, joins this token to the previous one. */
  hyphenated: boolean;
  /** True at paragraph start, or after sentence-ending or quoting punctuation. */
  sentenceStart: boolean;
  /** Starts with an upper-case letter or a digit. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("JNIM", "US"). */
  allCaps: boolean;
}

/** Case-kept comparison key of a word (NFKC, no apostrophes or dots, accents stripped). */
export function exactKey(word: string): string {
  if (PLAIN_ASCII_WORD.test(word)) return word;
  return word
    .normalize('NFKC')
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}

/** Case-folded comparison key of a word. */
export function foldKey(word: string): string {
  return exactKey(word).toLowerCase();
}

/** ASCII letters and digits by code unit: 1 digit, 2 upper case, 3 lower case, 0 anything else. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = 2;
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = 3;

/**
 * The token of a plain ASCII word (letters and digits only: most words of most articles), or null
 * for any other word. Gives what the general path gives for such a word (no elision, possessive,
 * dots or accents; \p{Lu}, \p{Ll}, \p{L} and \p{N} reduce to their ASCII ranges) without its
 * per-word regexes.
 */
function plainToken(raw: string, start: number, gap: Gap): Token | null {
  let hasLower = false;
  let hasUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const kind = c < 128 ? (ASCII_CLASS[c] ?? 0) : 0;
    if (kind === 0) return null;
    if (kind === 2) hasUpper = true;
    else if (kind === 3) hasLower = true;
  }
  const hasLetter = hasLower || hasUpper;
  return {
    start,
    end: start + raw.length,
    text: raw,
    fold: hasUpper ? raw.toLowerCase() : raw,
    exact: raw,
    possessive: false,
    joined: gap.joined,
    hyphenated: gap.hyphenated,
    sentenceStart: gap.sentenceStart,
    capitalised: (ASCII_CLASS[raw.charCodeAt(0)] ?? 0) < 3,
    allCaps: raw.length >= 2 && hasLetter && !hasLower,
  };
}

/** What the gap before a token says (see Token). */
interface Gap {
  readonly joined: boolean;
  readonly hyphenated: boolean;
  readonly sentenceStart: boolean;
}

const AFTER_SPACE: Gap = { joined: true, hyphenated: false, sentenceStart: false };
const FIRST: Gap = { joined: false, hyphenated: false, sentenceStart: true };
/** Facts of the other gaps by their text: pages reuse a few hundred (", ", ". ", "-"). */
const gapFacts = new Map<string, Gap>();
/** Bound the cache on hostile input; other gaps are read each time. */
const MAX_CACHED_GAPS = 4096;
const MAX_CACHED_GAP_CHARS = 8;

/** Most gaps are one space: those are decided without slicing the text. */
function gapBefore(text: string, previousEnd: number, start: number, first: boolean): Gap {
  if (first) return FIRST;
  if (start === previousEnd + 1 && text.charCodeAt(previousEnd) === SPACE) return AFTER_SPACE;
  const gap = text.slice(previousEnd, start);
  let facts = gapFacts.get(gap);
  if (facts === undefined) {
    facts = {
      joined: NAME_GAP.test(gap),
      hyphenated: HYPHEN_GAP.test(gap),
      sentenceStart: SENTENCE_BREAK.test(gap),
    };
    if (gap.length <= MAX_CACHED_GAP_CHARS && gapFacts.size < MAX_CACHED_GAPS)
      gapFacts.set(gap, facts);
  }
  return facts;
}

function startsToken(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (ASCII_CLASS[c] ?? 0) !== 0;
  TOKEN_START.lastIndex = at;
  return TOKEN_START.test(text);
}

/** Code units of the character at `at` (a surrogate pair is one character). */
function charLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST && text.codePointAt(at) !== c
    ? 2
    : 1;
}

/** Characters after a run of letters and digits that may extend the token (a dot for "U.S."). */
const ASCII_CONTINUATIONS = new Set([0x2e, 0x27, 0x60, 0x26]);

/**
 * End of the token TOKEN matches at `at` (where a letter or digit stands). A run of ASCII letters
 * and digits followed by anything but a dot, an apostrophe, a backtick, an ampersand or a non-ASCII
 * character is the whole token; otherwise the pattern decides.
 */
function tokenEnd(text: string, at: number): number {
  let end = at;
  let c = text.charCodeAt(end);
  while (c < 128 && (ASCII_CLASS[c] ?? 0) !== 0) c = text.charCodeAt(++end);
  if (end > at && (end >= text.length || (c < 128 && !ASCII_CONTINUATIONS.has(c)))) return end;
  TOKEN.lastIndex = at;
  // Always matches where a letter or digit stands; the fallback only guards the loop.
  return TOKEN.test(text) ? TOKEN.lastIndex : at + charLength(text, at);
}

/**
 * Scans for the next letter or digit, character by character as a global search would, then
 * matches the token there with the sticky pattern: the tokens of a global `exec` loop, without a
 * match array per token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let at = 0;
  while (at < text.length) {
    if (!startsToken(text, at)) {
      at += charLength(text, at);
      continue;
    }
    const matchEnd = tokenEnd(text, at);
    let raw = text.slice(at, matchEnd);
    let start = at;
    at = matchEnd;
    const plain = plainToken(raw, start, gapBefore(text, previousEnd, start, tokens.length === 0));
    if (plain !== null) {
      tokens.push(plain);
      previousEnd = matchEnd;
      continue;
    }
    const elision = FRENCH_ELISION.exec(raw);
    if (elision) {
      start += elision[0].length;
      raw = raw.slice(elision[0].length);
    }
    const possessiveMatch = raw.length > 2 ? POSSESSIVE_ENDING.exec(raw) : null;
    const word = possessiveMatch ? raw.slice(0, possessiveMatch.index) : raw;
    const gap = gapBefore(text, previousEnd, start, tokens.length === 0);
    previousEnd = matchEnd;
    const exact = exactKey(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word.replace(DOTS, ''),
      fold: exact.toLowerCase(),
      exact,
      possessive: possessiveMatch !== null,
      joined: gap.joined,
      hyphenated: gap.hyphenated,
      sentenceStart: gap.sentenceStart,
      capitalised: UPPER_INITIAL.test(word) || DIGIT_INITIAL.test(word),
      allCaps: exact.length >= 2 && HAS_LETTER.test(exact) && !HAS_LOWER.test(exact),
    });
  }
  return tokens;
}
