// Rule, the last resort for a quoted figure: a quotation set inside a sentence with no speech tag
// anywhere near is the words of the sentence's subject ('Weld describes the party as "a six-lane
// highway between the two parties"', 'Gov. Pat McCrory blamed the court\'s "four liberal
// justices"', 'On Monday, Clinton said he had accepted "about $200,000"').

import type { LeadSentence } from './quote-lead';
import { nameRun } from './quote-tag';

/** Longest opening adverbial skipped before the subject ("Hours later,", "On the stump,"). */
const MAX_ADVERBIAL_TOKENS = 4;
const LEAD_WORDS = new Set(['and', 'but', 'so', 'yet', 'then', 'still', 'meanwhile', 'moreover']);
/** Words that open an adverbial before the subject ("On Monday,", "Hours later,"). */
const ADVERBIAL_OPENERS = new Set([
  'on',
  'in',
  'at',
  'after',
  'before',
  'during',
  'since',
  'when',
  'while',
  'later',
  'earlier',
  'hours',
  'days',
  'minutes',
  'last',
  'this',
  'today',
  'yesterday',
  'also',
  'once',
  'now',
  'from',
  'with',
  'for',
  'as',
  'by',
  'under',
  'despite',
  'according',
  'if',
  'although',
  'though',
]);
/** A word in capitals throughout ("RED STATES OUTNUMBER"): a headline, not a name. */
const SHOUTED = /^\p{Lu}{2,}$/u;

/**
 * The name that opens the sentence holding a quotation's opening mark at paragraph offset `open`,
 * when the quotation starts after it. A lone word counts only if the article named it before
 * (`isKnown`): a capital that opens a sentence is no name by itself.
 */
export function quoteSubject(
  sentence: LeadSentence,
  open: number,
  isKnown: (name: string) => boolean,
): string | null {
  const tokens = sentence.tokens;
  let first = 0;
  while (LEAD_WORDS.has(tokens[first]?.lower ?? '')) first += 1;
  if (ADVERBIAL_OPENERS.has(tokens[first]?.lower ?? '')) {
    let comma = first + 1;
    while (comma <= first + MAX_ADVERBIAL_TOKENS && tokens[comma]?.text !== ',') comma += 1;
    if (tokens[comma]?.text !== ',') return null;
    first = comma + 1;
  }
  const run = nameRun(tokens, first);
  if (run === null) return null;
  const last = tokens[run.end - 1];
  const begin = tokens[run.first];
  if (last === undefined || begin === undefined || sentence.start + last.end > open) return null;
  const name = sentence.text.slice(begin.start, last.end);
  const runTokens = tokens.slice(run.first, run.end).filter((t) => t.word);
  const words = runTokens.length;
  if (words >= 2 && runTokens.every((t) => SHOUTED.test(t.text))) return null;
  return words >= 2 || isKnown(name) ? name : null;
}
