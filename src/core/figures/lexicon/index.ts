// The word tables of the figures analysis, one object per language (en.ts, fr.ts), plus the
// symbols and codes every language shares (marks.ts). Rules read a table through these helpers,
// as sets built once: a language's own words (byLanguage), or every language's (anyLanguage)
// where a rule read one mixed set before the tables were split. Moving such a rule to its
// article's language changes what it finds, so each move is a change of its own, measured (the
// reporting cues were the first: attribution/).
import type { FigureLanguage } from '../language';
import { EN } from './en';
import { FR } from './fr';
import { MARKS } from './marks';
import type { FigureLexicon, Phrase, Words } from './types';

export type { FigureLexicon, NumberWord, Phrase, Valued, ValuedPhrases, Words } from './types';
export { MARKS } from './marks';

export const LEXICONS: Readonly<Record<FigureLanguage, FigureLexicon>> = { en: EN, fr: FR };
const LANGUAGES = Object.keys(LEXICONS) as FigureLanguage[];

/** The tables that are plain word lists. */
export type WordTable = {
  [K in keyof FigureLexicon]: FigureLexicon[K] extends Words ? K : never;
}[keyof FigureLexicon];

const marksOf = (key: WordTable): Words => (MARKS as Partial<Record<WordTable, Words>>)[key] ?? [];

/** Each language's words of a table, with the shared marks of that table. */
export function byLanguage(key: WordTable): Readonly<Record<FigureLanguage, ReadonlySet<string>>> {
  return {
    en: new Set([...LEXICONS.en[key], ...marksOf(key)]),
    fr: new Set([...LEXICONS.fr[key], ...marksOf(key)]),
  };
}

/** A table's words in every language, with its shared marks. */
export function anyLanguage(key: WordTable): ReadonlySet<string> {
  return new Set([...LANGUAGES.flatMap((lang) => LEXICONS[lang][key]), ...marksOf(key)]);
}

/** A valued table in every language, as a map (the languages agree on shared words' values). */
export function anyLanguageValues(
  key: 'scales' | 'fractions' | 'fractionCounts',
): ReadonlyMap<string, number> {
  return new Map(LANGUAGES.flatMap((lang) => LEXICONS[lang][key]));
}

/** A phrase table in every language, with its shared marks. */
export function anyLanguagePhrases(key: 'qualifiers' | 'percentPhrases'): readonly Phrase[] {
  const marks = key === 'percentPhrases' ? MARKS.percentPhrases : [];
  return [...marks, ...LANGUAGES.flatMap((lang) => LEXICONS[lang][key])];
}
