// Splits a paragraph into word tokens with offsets, the keys used to compare them with knowledge-base
// aliases, and the facts the group rules need: possessive "'s", sentence start, and whether the gap
// before a token may sit inside a name (spaces and hyphens only, so "al-Qaeda" = "al Qaeda").
// One left-to-right regex pass: linear in the paragraph length.

/** A dotted acronym ("U.S.", "U.N", "U.S.A.") becomes one token written without dots. */
const DOTTED_ACRONYM = String.raw`\p{Lu}(?:\.\p{Lu})+\.?`;
/** A word: letters/digits, with inner apostrophes or ampersands ("Jama'at", "AT&T"), and a trailing possessive. */
const WORD = String.raw`[\p{L}\p{N}]+(?:['’‘ʼ\u0060&][\p{L}\p{N}]+)*['’ʼ]?`;
const SPACE = 0x20;
const TOKEN = new RegExp(`${DOTTED_ACRONYM}|${WORD}`, 'gu');

const APOSTROPHES = /['’‘ʼ`]/gu;
const DOTS = /\./g;
const COMBINING_MARKS = /\p{M}/gu;
/** "JNIM's", "forces'": a possessive ending. */
const POSSESSIVE_ENDING = /['’ʼ][sS]?$/u;
/** Elided French articles and pronouns glued to the next word ("l'armée", "d'Al-Qaïda"). */
const FRENCH_ELISION = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’ʼ](?=\p{L})/u;
/**
 * Gaps allowed between two tokens of one name: spaces, one hyphen with no spaces ("al-Qaeda"), or
 * spaces and an elided French article ("de l'Azawad").
 */
const NAME_GAP = /^(?:\s+|[-\u2010\u2011\u00ad]|\s+(?:[lLdD]|[qQ]u)['’ʼ])$/u;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    let raw = match[0];
    let start = match.index;
    const elision = FRENCH_ELISION.exec(raw);
    if (elision) {
      start += elision[0].length;
      raw = raw.slice(elision[0].length);
    }
    const possessiveMatch = raw.length > 2 ? POSSESSIVE_ENDING.exec(raw) : null;
    const word = possessiveMatch ? raw.slice(0, possessiveMatch.index) : raw;
    // Most gaps are one space: decide those without slicing the text.
    const oneSpace = start === previousEnd + 1 && text.charCodeAt(previousEnd) === SPACE;
    const gap = oneSpace ? ' ' : text.slice(previousEnd, start);
    previousEnd = match.index + match[0].length;
    const exact = exactKey(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word.replace(DOTS, ''),
      fold: exact.toLowerCase(),
      exact,
      possessive: possessiveMatch !== null,
      joined: tokens.length > 0 && (oneSpace || NAME_GAP.test(gap)),
      hyphenated: tokens.length > 0 && !oneSpace && HYPHEN_GAP.test(gap),
      sentenceStart: tokens.length === 0 || (!oneSpace && SENTENCE_BREAK.test(gap)),
      capitalised: UPPER_INITIAL.test(word) || DIGIT_INITIAL.test(word),
      allCaps: exact.length >= 2 && HAS_LETTER.test(exact) && !HAS_LOWER.test(exact),
    });
  }
  return tokens;
}
