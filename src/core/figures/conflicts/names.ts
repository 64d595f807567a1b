// The names in a figure's phrase (capitalised words that are not there for starting a sentence:
// "Sportback", "AirPods", "Tribune"), less the words of its source. Figures whose phrases name
// different things are about different things ("Apple AirPods Pro for $235", "Apple iPhone 11 Pro
// Max for $999"): the names of one must all be among the other's. The name of whoever tells a
// figure is no subject ("30 soldiers, according to Col. Dembele" and "27 soldiers, JNIM said" are
// about the same soldiers): the caller leaves it out (comparable.ts).

import type { Token } from '../tokens';
import type { Span } from './clause';

const CAPITALISED = /^\p{Lu}/u;
/** Words written with a capital only because they start a sentence or a lead-in. */
const COMMON = new Set(
  (
    'the a an it its in on at as and but or if when while after before this that these those ' +
    'there their they he she we i you our my his her according for with by from to of so yet ' +
    'also however meanwhile since until about some more most many'
  ).split(' '),
);
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\d+$/u;

export function namesIn(
  tokens: readonly Token[],
  span: Span,
  first: number,
  end: number,
  source: string | null,
): ReadonlySet<string> {
  const sourceWords = new Set((source ?? '').toLowerCase().match(WORD) ?? []);
  const names = new Set<string>();
  for (let i = span.from; i < span.to; i += 1) {
    if (i >= first && i < end) continue;
    const token = tokens[i];
    if (token === undefined || !token.word) continue;
    const lower = token.lower.replace(/'s$/u, '');
    // A number right after a name is part of it: "Sportback 55", "Boeing 737".
    const modelNumber = DIGITS.test(lower) && names.has(tokens[i - 1]?.lower ?? '');
    if (!modelNumber && !CAPITALISED.test(token.text)) continue;
    if (COMMON.has(lower) || sourceWords.has(lower)) continue;
    names.add(lower);
  }
  return names;
}

/** Whether the names around the figure with fewer of them are all around the other. */
export function namesAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const name of small) if (!large.has(name)) return false;
  return true;
}

/** Whether the two sets have a name in common. */
export function sharesName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}
