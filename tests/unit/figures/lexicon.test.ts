// The figures' word tables (src/core/figures/lexicon/): every language has the same tables; each
// table is lower case (tokens are matched by their `lower`) and holds each entry once; English
// tables hold no French word; the shared marks repeat no word of a language; and no word is in
// two tables that the rules read as opposites, or missing from a table it must be part of.
import { describe, expect, it } from 'vitest';
import {
  LEXICONS,
  MARKS,
  byLanguage,
  type FigureLexicon,
  type WordTable,
} from '../../../src/core/figures/lexicon';
import type { FigureLanguage } from '../../../src/core/figures/language';

const LANGUAGES = Object.keys(LEXICONS) as FigureLanguage[];
type Entry = string | readonly unknown[];

/** The words of an entry: a word, a phrase, or a phrase or word with its value. */
function wordsOf(entry: Entry): string[] {
  if (typeof entry === 'string') return [entry];
  const head = entry[0];
  if (typeof head === 'string' && typeof entry[1] === 'string') return [...(entry as string[])];
  if (typeof head === 'string' && entry.length > 1) return [head]; // [word, value, role?]
  if (Array.isArray(head)) return [...(head as string[])]; // [phrase, value]
  return entry as string[]; // a phrase
}
/** An entry's identity in its table: the word, or the phrase's words. */
const keyOf = (entry: Entry): string => wordsOf(entry).join(' ');
const tables = (lang: FigureLanguage) =>
  Object.entries(LEXICONS[lang]) as [keyof FigureLexicon, readonly Entry[]][];
const duplicates = (keys: readonly string[]): string[] =>
  [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))].sort();

/**
 * Tables the rules read as opposites: a word in both would be read as whichever the rule looks
 * at first, and the other entry would be dead or wrong.
 */
const CONFLICTS: [WordTable, WordTable, string][] = [
  ['sayingVerbs', 'claimVerbs', 'a reporting verb is of one kind'],
  ['tollVerbs', 'sayingVerbs', 'a toll verb is read before the kinds (reporting-verb.ts)'],
  ['tollVerbs', 'claimVerbs', 'a toll verb is read before the kinds (reporting-verb.ts)'],
  ['organisationWords', 'personWords', 'a word marks a name as one or the other'],
  ['measureUnits', 'timeUnits', 'a unit is of one kind'],
  ['measureUnits', 'currencySuffixes', 'a unit is of one kind'],
  ['timeUnits', 'currencySuffixes', 'a unit is of one kind'],
  ['unnamedLeads', 'definiteLeads', 'a determiner makes a head unnamed or ties it back'],
];

/** Tables that must lie within another, each language. */
const SUBSETS: [WordTable, WordTable, string][] = [
  ['speechVerbs', 'sayingVerbs', 'a speech verb counts only as a saying verb'],
  ['personPronouns', 'pronouns', 'a person pronoun is first a pronoun'],
];

describe('figures lexicon', () => {
  it('every language has the same tables, and none of them is missing', () => {
    const keys = LANGUAGES.map((lang) => Object.keys(LEXICONS[lang]).sort());
    expect(LANGUAGES).toEqual(['en', 'fr']);
    expect(keys[0]?.length).toBeGreaterThan(80);
    for (const other of keys) expect(other).toEqual(keys[0]);
    for (const lang of LANGUAGES) {
      for (const [name, table] of tables(lang)) expect(Array.isArray(table), name).toBe(true);
    }
    // The tables the grammar and the attribution cannot do without.
    for (const lang of LANGUAGES) {
      for (const name of ['qualifiers', 'numberWords', 'sayingVerbs', 'pronouns'] as const) {
        expect(LEXICONS[lang][name].length, `${lang}.${name}`).toBeGreaterThan(3);
      }
    }
  });

  it.each(LANGUAGES)('%s: every word lower case, every entry once in its table', (lang) => {
    const problems: string[] = [];
    for (const [name, table] of tables(lang)) {
      for (const entry of table) {
        for (const word of wordsOf(entry)) {
          if (word !== word.toLowerCase() || word.trim() !== word || word === '' || /\s/.test(word))
            problems.push(`${name}: ${JSON.stringify(word)}`);
        }
      }
      for (const key of duplicates(table.map(keyOf))) problems.push(`${name}: ${key} twice`);
    }
    expect(problems).toEqual([]);
  });

  it('English tables hold no French word (no letter outside a–z)', () => {
    const french = tables('en').flatMap(([name, table]) =>
      table
        .flatMap(wordsOf)
        .filter((w) => !/^[a-z0-9.'&-]+$/.test(w))
        .map((w) => `${name}: ${w}`),
    );
    expect(french).toEqual([]);
  });

  it('the shared marks are lower case, each once, and no language lists them again', () => {
    const problems: string[] = [];
    for (const [name, table] of Object.entries(MARKS) as [string, readonly Entry[]][]) {
      const keys = table.map(keyOf);
      for (const key of duplicates(keys)) problems.push(`marks.${name}: ${key} twice`);
      for (const key of keys) if (key !== key.toLowerCase()) problems.push(`marks.${name}: ${key}`);
      for (const lang of LANGUAGES) {
        const own = (LEXICONS[lang] as unknown as Record<string, readonly Entry[]>)[name] ?? [];
        for (const entry of own) {
          if (keys.includes(keyOf(entry))) problems.push(`${lang}.${name} repeats ${keyOf(entry)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no word in two tables the rules read as opposites', (lang) => {
    const clashes = CONFLICTS.flatMap(([a, b, why]) => {
      const other = byLanguage(b)[lang];
      return [...byLanguage(a)[lang]]
        .filter((w) => other.has(w))
        .map((w) => `${w}: ${a} and ${b} (${why})`);
    });
    expect(clashes).toEqual([]);
  });

  it.each(LANGUAGES)('%s: tables that must lie within another do', (lang) => {
    const missing = SUBSETS.flatMap(([part, whole, why]) => {
      const within = byLanguage(whole)[lang];
      return [...byLanguage(part)[lang]]
        .filter((w) => !within.has(w))
        .map((w) => `${w}: in ${part}, not in ${whole} (${why})`);
    });
    expect(missing).toEqual([]);
  });

  it('a word valued in two languages has one value', () => {
    const disagree: string[] = [];
    for (const name of ['scales', 'fractions', 'fractionCounts'] as const) {
      const seen = new Map<string, number>();
      for (const lang of LANGUAGES) {
        for (const [word, value] of LEXICONS[lang][name]) {
          if (seen.has(word) && seen.get(word) !== value) disagree.push(`${name}: ${word}`);
          seen.set(word, value);
        }
      }
    }
    expect(disagree).toEqual([]);
  });
});
