// Reads numbers written as words ("three", "twenty-five", "two hundred and fifty thousand",
// "trente", "quatre-vingt-dix", "a dozen") from a run of tokens, with the tables of lexicon/.

import type { FigureLanguage } from './language';
import { LEXICONS, anyLanguage, byLanguage, type NumberWord } from './lexicon';
import type { Token } from './tokens';

type WordRole = NumberWord[2];

interface WordValue {
  value: number;
  role: WordRole;
}

function table(words: readonly NumberWord[]): Map<string, WordValue> {
  return new Map(words.map(([word, value, role]) => [word, { value, role }]));
}

const WORDS: Readonly<Record<FigureLanguage, Map<string, WordValue>>> = {
  en: table(LEXICONS.en.numberWords),
  fr: table(LEXICONS.fr.numberWords),
};
const ARTICLES_AS_ONE = anyLanguage('articlesAsOne');

/** Every word a number-word run can start with, in either language (a prefilter for the grammar). */
export const NUMBER_WORD_STARTERS: readonly string[] = [
  ...WORDS.en.keys(),
  ...WORDS.fr.keys(),
  ...ARTICLES_AS_ONE,
];

const JOINERS = byLanguage('numberJoiners');
const HYPHEN = /-/;

export interface ParsedNumber {
  value: number;
  /** Index one past the last token read. */
  end: number;
}

function wordsOf(lang: FigureLanguage): Map<string, WordValue> {
  return WORDS[lang];
}

/** Splits "twenty-five" / "quatre-vingt-dix" into its number words, or null if any part is not one. */
function partsOf(lower: string, words: Map<string, WordValue>): WordValue[] | null {
  const parts = HYPHEN.test(lower) ? lower.split('-') : [lower];
  const out: WordValue[] = [];
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
    if (seen && JOINERS[lang].has(token.lower)) {
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
