// Finds what a figure counts: the short noun phrase right after it ("30 soldiers",
// "three military barracks", "hundreds of people", "30 soldats maliens" → "soldats").
// No part-of-speech tagger: function words end the phrase, and a plural noun closes it.

import type { FigureLanguage } from './language';
import { anyLanguage, byLanguage } from './lexicon';
import type { Token } from './tokens';

/** Longest counted phrase kept, in words ("suspected jihadist fighters"). */
const MAX_COUNTED_WORDS = 3;

const STOP_WORDS = byLanguage('countedStopWords');
const IRREGULAR_PLURALS = anyLanguage('irregularPlurals');

const LETTER_WORD = /^[\p{L}][\p{L}'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const PLURAL_ENDING = /(?:[^su]s|x)$/;
const PARTICIPLE_ENDING = /(?:ed|ing|és?|ées?)$/;

function isCountedWord(token: Token | undefined, stop: ReadonlySet<string>): token is Token {
  return (
    token !== undefined && token.spaced && LETTER_WORD.test(token.text) && !stop.has(token.lower)
  );
}

/**
 * The counted phrase starting at token `at`, as { text, end } (end = index past its last token),
 * or null when no noun follows.
 */
export function countedAfter(
  tokens: readonly Token[],
  at: number,
  lang: FigureLanguage,
): { text: string; end: number } | null {
  const stop = STOP_WORDS[lang];
  const words: Token[] = [];
  let i = at;
  while (words.length < MAX_COUNTED_WORDS) {
    const token = tokens[i];
    if (!isCountedWord(token, stop)) break;
    const next = tokens[i + 1];
    const nextIsWord = isCountedWord(next, stop);
    // A capitalised word ("Malian") is kept only as a modifier of a following word.
    if (CAPITALISED.test(token.text) && (!nextIsWord || CAPITALISED.test(next.text))) break;
    // "30 killed": a participle counts only as a modifier ("30 wounded soldiers").
    if (lang === 'en' && PARTICIPLE_ENDING.test(token.lower) && !nextIsWord) break;
    if (lang === 'fr' && words.length > 0 && PARTICIPLE_ENDING.test(token.lower)) break;
    words.push(token);
    i += 1;
    if (IRREGULAR_PLURALS.has(token.lower) || PLURAL_ENDING.test(token.lower)) break;
    // French adjectives follow the noun: the first noun is the counted thing.
    if (lang === 'fr') break;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  return { text: words.map((w) => w.text).join(' '), end: i };
}
