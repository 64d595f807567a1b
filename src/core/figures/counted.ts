// Finds what a figure counts: the short noun phrase right after it ("30 soldiers",
// "three military barracks", "hundreds of people", "30 soldats maliens" → "soldats").
// No part-of-speech tagger: function words end the phrase, and a plural noun closes it.

import type { FigureLanguage } from './language';
import type { Token } from './tokens';

/** Longest counted phrase kept, in words ("suspected jihadist fighters"). */
const MAX_COUNTED_WORDS = 3;

const ENGLISH_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'but',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'had',
  'have',
  'has',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'do',
  'does',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'it',
  'they',
  'them',
  'their',
  'its',
  'his',
  'her',
  'he',
  'she',
  'we',
  'during',
  'after',
  'before',
  'since',
  'over',
  'under',
  'into',
  'across',
  'per',
  'each',
  'more',
  'less',
  'than',
  'as',
  'while',
  'when',
  'where',
  'also',
  'not',
  'so',
  'last',
  'ago',
  'earlier',
  'later',
  'such',
  'including',
  'according',
  'said',
  'says',
  'say',
  'told',
  'out',
  'up',
  'down',
  'off',
  'about',
  'around',
  'between',
  'among',
  'against',
  'through',
  'within',
  'without',
  'if',
  'then',
  'there',
  'here',
  'now',
  'only',
  'just',
  'all',
  'both',
  'other',
  'others',
  'another',
  'times',
  'apiece',
  'alone',
  'too',
  'instead',
  'already',
  'yet',
  'still',
  'ever',
  'even',
  'again',
  'away',
  'back',
  'next',
  'last',
  'year',
  'years',
  'every',
  'least',
  'most',
  'whom',
  'whose',
  'what',
  'how',
  'why',
  'because',
  'though',
  'although',
  'until',
  'via',
  'toward',
  'towards',
  'onto',
  'upon',
  'like',
  'near',
  'since',
  'compared',
  'versus',
  'vs',
  'to',
]);

const FRENCH_STOP = new Set([
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'et',
  'ou',
  'à',
  'au',
  'aux',
  'en',
  'dans',
  'sur',
  'par',
  'pour',
  'ont',
  'a',
  'été',
  'sont',
  'est',
  'qui',
  'que',
  'selon',
  'lors',
  'dont',
  'ce',
  'ces',
  'se',
  'sa',
  'son',
  'ses',
  'leur',
  'leurs',
  'avec',
  'sans',
  'contre',
  'depuis',
  'pendant',
  'après',
  'avant',
  'plus',
  'moins',
  'environ',
  'ont',
  'avaient',
  'avait',
  'étaient',
  'était',
  'y',
  'ne',
  'pas',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'entre',
  'parmi',
  'vers',
  'chez',
]);

/** Plural nouns with no final "s" that close a counted phrase. */
const IRREGULAR_PLURALS = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'personnel',
  'staff',
  'cattle',
  'livestock',
  'feet',
  'teeth',
  'mice',
  'geese',
  'persons',
  'folk',
  'crew',
  'infantry',
  'aircraft',
]);

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
  const stop = lang === 'fr' ? FRENCH_STOP : ENGLISH_STOP;
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
