// The key by which two names count as the same alias: their words' folded keys (case, accents,
// apostrophes and hyphens ignored), a leading "the" dropped, a possessive kept ("mali's"), which is
// how the alias trie compares them. Used to group shared aliases and to check aliases are unique.

import { tokenize } from './tokens';

export function aliasKey(name: string): string {
  let words = tokenize(name);
  if (words.length > 1 && words[0]?.fold === 'the') words = words.slice(1);
  return words.map((w) => (w.possessive ? `${w.fold}'s` : w.fold)).join(' ');
}
