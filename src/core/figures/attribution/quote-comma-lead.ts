// Rule: a quotation opened after a clause of just a subject and a verb and a comma ('Prager
// continues, "…"', 'As he related, "…"') is that subject's: the clause hands over to the quotation,
// so its verb is a speech verb whatever it is.

import type { FigureLanguage } from '../language';
import { PRONOUNS } from './cues';
import { firstTokenFrom, type LeadSentence } from './quote-lead';
import { isTagVerb, nameRun } from './quote-tag';
import type { Frame } from './types';

/** Words that may open the clause before its subject ("As he related,", "And Smith adds,"). */
const CLAUSE_OPENERS = new Set(['as', 'and', 'but', 'then', 'so']);
/** Longest name read back from the verb ("Senate Majority Leader Mitch McConnell"). */
const MAX_NAME_TOKENS = 6;

/**
 * The frame of 'X verb, "…' for a quotation opening at paragraph offset `open` in `sentence`, or
 * null. A lone capitalised word opening the sentence counts only if named before (`isKnown`).
 */
export function commaLeadFrame(
  sentence: LeadSentence,
  open: number,
  lang: FigureLanguage,
  isKnown: (name: string) => boolean,
): Frame | null {
  const tokens = sentence.tokens;
  const local = open - sentence.start;
  const mark = firstTokenFrom(tokens, local);
  const verb = mark - 2;
  if (tokens[mark - 1]?.text !== ',' || !isTagVerb(tokens[verb])) return null;
  let first = verb - 1;
  if (!PRONOUNS[lang].has(tokens[first]?.lower ?? '')) {
    // Back to where the name starts; nameRun then checks it runs up to the verb.
    while (
      first > 0 &&
      verb - first < MAX_NAME_TOKENS &&
      /^\p{Lu}|^\.$/u.test(tokens[first - 1]?.text ?? '')
    )
      first -= 1;
    if (nameRun(tokens, first)?.end !== verb) return null;
  }
  const before = tokens[first - 1];
  if (before !== undefined && !CLAUSE_OPENERS.has(before.lower)) return null;
  const source = sentence.text.slice(tokens[first]?.start ?? 0, tokens[verb - 1]?.end ?? 0);
  const lone = verb - first === 1 && !PRONOUNS[lang].has(source.toLowerCase());
  if (lone && first === 0 && !isKnown(source)) return null;
  return {
    source,
    cue: tokens[verb]?.lower ?? '',
    at: verb,
    vague: false,
    sourceFirst: first,
    sourceEnd: verb,
  };
}
