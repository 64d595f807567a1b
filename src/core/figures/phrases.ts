// Matches multi-word table entries ("more than", "per cent") against tokens.

import type { Phrase } from './lexicon';
import type { Token } from './tokens';

/** Index one past the longest phrase of `phrases` that starts at `at`, or null. */
export function matchLongestPhrase(
  tokens: readonly Token[],
  at: number,
  phrases: readonly Phrase[],
): number | null {
  let best: number | null = null;
  for (const phrase of phrases) {
    if (best !== null && phrase.length <= best - at) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k += 1) {
      if (tokens[at + k]?.lower !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = at + phrase.length;
  }
  return best;
}

/** Lower-cased token text with a French elided article removed ("d'euros" → "euros"). */
export function withoutElision(lower: string): string {
  return lower.startsWith("d'") || lower.startsWith("l'") ? lower.slice(2) : lower;
}
