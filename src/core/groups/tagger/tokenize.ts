// Splits a paragraph into the tokens the name tagger reads, the way the corpora it learned from are
// tokenised (CoNLL style): words, numbers and each punctuation mark apart; a possessive "'s" and a
// negation "n't" as tokens of their own; dotted acronyms ("U.S.") and common abbreviations ("Inc.",
// "Gen.") whole; hyphenated words ("al-Qaeda") whole. One left-to-right pass with a sticky regex.

export interface TaggerToken {
  /** The token as printed. */
  text: string;
  /** Offset of its first character in the paragraph. */
  start: number;
  /** Offset after its last character. */
  end: number;
}

/** Abbreviations that keep their full stop in the corpora ("Corp.", "Mr."). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st inc corp co ltd jr sr gen col lt sgt maj capt rep sen gov prof no vs ' +
    'mt ft adm cmdr supt insp det pres messrs bros dept univ assn est jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec'
  ).split(' '),
);

const URL = String.raw`https?:\/\/\S+|www\.\S+`;
const HANDLE = String.raw`[@#][\p{L}\p{N}_]+`;
/** "U.S.", "U.N.", "a.m.": letters each followed by a dot, two or more. */
const DOTTED = String.raw`(?:\p{L}\.){2,}`;
/** "1,000", "3.5", "2019-20", "10%" is split by the punctuation branch. */
const NUMBER = String.raw`\p{N}+(?:[.,:/]\p{N}+)*`;
/** A word with inner hyphens, apostrophes or ampersands ("al-Qaeda", "O'Brien", "AT&T"). */
const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:[-'’&][\p{L}\p{N}\p{M}]+)*`;
const TOKEN = new RegExp(`${URL}|${HANDLE}|${DOTTED}|${NUMBER}(?![\\p{L}])|${WORD}|\\S`, 'uy');
const SPACE = /\s/u;
/** A possessive or contraction ending split off a word, as the corpora do ("Reuters 's"). */
const CLITIC = /(?:['’](?:s|S|re|ve|ll|d|m|D|M|LL|RE|VE))$/u;
const NEGATION = /n['’]t$/iu;

function pushWord(tokens: TaggerToken[], text: string, start: number): void {
  const negation = NEGATION.exec(text);
  const clitic = negation ?? CLITIC.exec(text);
  if (clitic && clitic.index > 0) {
    tokens.push({ text: text.slice(0, clitic.index), start, end: start + clitic.index });
    tokens.push({ text: clitic[0], start: start + clitic.index, end: start + text.length });
    return;
  }
  tokens.push({ text, start, end: start + text.length });
}

export function tokenizeForTagger(paragraph: string): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  let at = 0;
  while (at < paragraph.length) {
    if (SPACE.test(paragraph[at] ?? '')) {
      at += 1;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(paragraph);
    // The last branch (\S) matches any non-space character, so a match is certain; guard anyway.
    const text = match?.[0] ?? paragraph[at] ?? '';
    const start = at;
    at += Math.max(1, text.length);
    // "Corp." / "Gen.": the abbreviation keeps the full stop that follows it.
    if (paragraph[at] === '.' && ABBREVIATIONS.has(text.toLowerCase())) {
      tokens.push({ text: `${text}.`, start, end: at + 1 });
      at += 1;
      continue;
    }
    pushWord(tokens, text, start);
  }
  return tokens;
}
