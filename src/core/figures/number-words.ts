// Reads numbers written as words ("three", "twenty-five", "two hundred and fifty thousand",
// "trente", "quatre-vingt-dix", "a dozen") from a run of tokens. English and French tables.

import type { FigureLanguage } from './language';
import type { Token } from './tokens';

type WordRole = 'unit' | 'hundred' | 'scale';

interface NumberWord {
  value: number;
  role: WordRole;
}

function table(entries: [string, number, WordRole][]): Map<string, NumberWord> {
  return new Map(entries.map(([word, value, role]) => [word, { value, role }]));
}

const ENGLISH_WORDS = table([
  ['one', 1, 'unit'],
  ['two', 2, 'unit'],
  ['three', 3, 'unit'],
  ['four', 4, 'unit'],
  ['five', 5, 'unit'],
  ['six', 6, 'unit'],
  ['seven', 7, 'unit'],
  ['eight', 8, 'unit'],
  ['nine', 9, 'unit'],
  ['ten', 10, 'unit'],
  ['eleven', 11, 'unit'],
  ['twelve', 12, 'unit'],
  ['thirteen', 13, 'unit'],
  ['fourteen', 14, 'unit'],
  ['fifteen', 15, 'unit'],
  ['sixteen', 16, 'unit'],
  ['seventeen', 17, 'unit'],
  ['eighteen', 18, 'unit'],
  ['nineteen', 19, 'unit'],
  ['twenty', 20, 'unit'],
  ['thirty', 30, 'unit'],
  ['forty', 40, 'unit'],
  ['fifty', 50, 'unit'],
  ['sixty', 60, 'unit'],
  ['seventy', 70, 'unit'],
  ['eighty', 80, 'unit'],
  ['ninety', 90, 'unit'],
  ['dozen', 12, 'unit'],
  ['hundred', 100, 'hundred'],
  ['thousand', 1e3, 'scale'],
  ['million', 1e6, 'scale'],
  ['billion', 1e9, 'scale'],
  ['trillion', 1e12, 'scale'],
]);

const FRENCH_WORDS = table([
  ['un', 1, 'unit'],
  ['une', 1, 'unit'],
  ['deux', 2, 'unit'],
  ['trois', 3, 'unit'],
  ['quatre', 4, 'unit'],
  ['cinq', 5, 'unit'],
  ['six', 6, 'unit'],
  ['sept', 7, 'unit'],
  ['huit', 8, 'unit'],
  ['neuf', 9, 'unit'],
  ['dix', 10, 'unit'],
  ['onze', 11, 'unit'],
  ['douze', 12, 'unit'],
  ['treize', 13, 'unit'],
  ['quatorze', 14, 'unit'],
  ['quinze', 15, 'unit'],
  ['seize', 16, 'unit'],
  ['vingt', 20, 'unit'],
  ['vingts', 20, 'unit'],
  ['trente', 30, 'unit'],
  ['quarante', 40, 'unit'],
  ['cinquante', 50, 'unit'],
  ['soixante', 60, 'unit'],
  ['cent', 100, 'hundred'],
  ['cents', 100, 'hundred'],
  ['mille', 1e3, 'scale'],
  ['million', 1e6, 'scale'],
  ['millions', 1e6, 'scale'],
  ['milliard', 1e9, 'scale'],
  ['milliards', 1e9, 'scale'],
]);

/** "a"/"an"/"un" standing for one before a hundred, a thousand, a dozen. */
const ARTICLES_AS_ONE_WORDS = ['a', 'an', 'un', 'une'];

/** Every word a number-word run can start with, in either language (a prefilter for the grammar). */
export const NUMBER_WORD_STARTERS: readonly string[] = [
  ...ENGLISH_WORDS.keys(),
  ...FRENCH_WORDS.keys(),
  ...ARTICLES_AS_ONE_WORDS,
];

/** Words that join two number words ("two hundred and fifty", "vingt et un"). */
const JOINERS: Record<FigureLanguage, string> = { en: 'and', fr: 'et' };
const ARTICLES_AS_ONE = new Set(ARTICLES_AS_ONE_WORDS);
const HYPHEN = /-/;

export interface ParsedNumber {
  value: number;
  /** Index one past the last token read. */
  end: number;
}

function wordsOf(lang: FigureLanguage): Map<string, NumberWord> {
  return lang === 'fr' ? FRENCH_WORDS : ENGLISH_WORDS;
}

/** Splits "twenty-five" / "quatre-vingt-dix" into its number words, or null if any part is not one. */
function partsOf(lower: string, words: Map<string, NumberWord>): NumberWord[] | null {
  const parts = HYPHEN.test(lower) ? lower.split('-') : [lower];
  const out: NumberWord[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    // French 80 is "four twenties": "quatre-vingt(s)".
    if (part === 'quatre' && (next === 'vingt' || next === 'vingts')) {
      out.push({ value: 80, role: 'unit' });
      i += 1;
      continue;
    }
    if (part === 'et' && out.length > 0 && i < parts.length - 1) continue;
    const word = words.get(part);
    if (word === undefined) return null;
    out.push(word);
  }
  return out;
}

/** Whether a token (possibly hyphenated) is made only of number words. */
export function isNumberWord(token: Token, lang: FigureLanguage): boolean {
  return token.word && partsOf(token.lower, wordsOf(lang)) !== null;
}

/**
 * Reads the longest number-word run starting at `start`. Returns null when no number word is
 * there. An article counts as one only before "hundred", "thousand", "dozen"... ("a dozen").
 */
export function parseNumberWords(
  tokens: readonly Token[],
  start: number,
  lang: FigureLanguage,
): ParsedNumber | null {
  const words = wordsOf(lang);
  let total = 0;
  let current = 0;
  let seen = false;
  let end = start;
  let i = start;
  const first = tokens[start];
  if (first !== undefined && ARTICLES_AS_ONE.has(first.lower)) {
    const next = tokens[start + 1];
    const parts = next === undefined ? null : partsOf(next.lower, words);
    const lead = parts?.[0];
    if (lead === undefined || (lead.role === 'unit' && lead.value !== 12)) return null;
    current = 1;
    i = start + 1;
  }
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || !token.word) break;
    if (seen && token.lower === JOINERS[lang]) {
      const after = tokens[i + 1];
      if (after === undefined || partsOf(after.lower, words) === null) break;
      i += 1;
      continue;
    }
    const parts = partsOf(token.lower, words);
    if (parts === null) break;
    for (const part of parts) {
      if (part.role === 'unit') {
        current = part.value === 12 && current > 0 ? current * 12 : current + part.value;
      } else if (part.role === 'hundred') {
        current = (current === 0 ? 1 : current) * part.value;
      } else {
        total += (current === 0 ? 1 : current) * part.value;
        current = 0;
      }
    }
    seen = true;
    i += 1;
    end = i;
  }
  if (!seen) return null;
  return { value: total + current, end };
}
