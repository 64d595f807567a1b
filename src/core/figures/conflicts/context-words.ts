// The content words around a figure, for figures whose frame no word table names ("300 workers at
// the plant", "a 40-mile convoy"): two such figures count one thing when most of their words are
// shared (Dice: shared words over the mean size, so a short clause inside a long one is not
// enough: "Get Pokemon Sword on Amazon for $58.99" is no restatement of "Buy Pokemon Sword or
// Shield and Get $10 Amazon Credit"). Function words, numbers and the figures' own tokens are
// left out; plurals are folded.

import type { Token } from '../tokens';
import type { Span } from './clause';
import { singular } from './nouns';
import { MIN_CONTEXT_WORDS } from './thresholds';

const FUNCTION_WORDS = new Set(
  (
    'the a an of in on at to for from by with and or but as is are was were be been being has ' +
    'have had will would could should may might can do does did it its they them their this that ' +
    'these those he she his her we our you your i me my who which what when where than then so ' +
    'not no also about over more less some said says say told according after before into out up'
  ).split(' '),
);
const LETTERS = /^\p{L}/u;

export function contextWords(
  tokens: readonly Token[],
  span: Span,
  first: number,
  end: number,
): ReadonlySet<string> {
  const words = new Set<string>();
  for (let i = span.from; i < span.to; i += 1) {
    if (i >= first && i < end) continue;
    const lower = tokens[i]?.lower ?? '';
    if (!LETTERS.test(lower) || FUNCTION_WORDS.has(lower)) continue;
    words.add(singular(lower));
  }
  return words;
}

/** Dice overlap of two word sets, or null when either has too few words to tell. */
export function contextOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_CONTEXT_WORDS) return null;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
