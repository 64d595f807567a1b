// Matches multi-word table entries ("more than", "per cent") against tokens.

import type { Phrase } from './lexicon';
import type { Token } from './tokens';

/**
 * Each table's entries grouped by first word, in table order. A phrase can only match where its
 * first word is, so a lookup tries a handful of entries instead of the whole table (this runs at
 * many tokens of every sentence). Built once per table (the tables are module constants).
 */
const byFirstWord = new WeakMap<readonly unknown[], Map<string, unknown[]>>();

function entriesStartingWith<T>(
  table: readonly T[],
  phraseOf: (entry: T) => Phrase,
  word: string,
): readonly T[] | undefined {
  let index = byFirstWord.get(table) as Map<string, T[]> | undefined;
  if (index === undefined) {
    index = new Map();
    for (const entry of table) {
      const first = phraseOf(entry)[0] ?? '';
      const list = index.get(first);
      if (list) list.push(entry);
      else index.set(first, [entry]);
    }
    byFirstWord.set(table, index as Map<string, unknown[]>);
  }
  return index.get(word);
}

const samePhrase = (phrase: Phrase): Phrase => phrase;

/** Whether every word of `phrase` is at `at`, `at + 1`, ... */
function matchesAt(tokens: readonly Token[], at: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.length; k += 1) {
    if (tokens[at + k]?.lower !== phrase[k]) return false;
  }
  return true;
}

/** Index one past the longest phrase of `phrases` that starts at `at`, or null. */
export function matchLongestPhrase(
  tokens: readonly Token[],
  at: number,
  phrases: readonly Phrase[],
): number | null {
  const token = tokens[at];
  if (token === undefined) return null;
  const candidates = entriesStartingWith(phrases, samePhrase, token.lower);
  if (candidates === undefined) return null;
  let best: number | null = null;
  for (const phrase of candidates) {
    if (best !== null && phrase.length <= best - at) continue;
    if (matchesAt(tokens, at, phrase)) best = at + phrase.length;
  }
  return best;
}

const phraseOfEntry = <V>(entry: readonly [Phrase, V]): Phrase => entry[0];

/** The longest entry of a valued phrase table at `at` (the first one on a tie), or null. */
export function matchLongestValuedPhrase(
  tokens: readonly Token[],
  at: number,
  entries: readonly (readonly [Phrase, number])[],
): { end: number; value: number } | null {
  const token = tokens[at];
  if (token === undefined) return null;
  const candidates = entriesStartingWith(entries, phraseOfEntry, token.lower);
  if (candidates === undefined) return null;
  let best: { end: number; value: number } | null = null;
  for (const [phrase, value] of candidates) {
    if (!matchesAt(tokens, at, phrase)) continue;
    const end = at + phrase.length;
    if (best === null || end > best.end) best = { end, value };
  }
  return best;
}

/** Lower-cased token text with a French elided article removed ("d'euros" → "euros"). */
export function withoutElision(lower: string): string {
  return lower.startsWith("d'") || lower.startsWith("l'") ? lower.slice(2) : lower;
}
