// Rule: impersonal hedges invoke a speaker without naming one — "reportedly", "allegedly",
// "it is believed", "is said to", "an estimated" with no agent, French conditional "aurait".
// These make a figure attributed but vague; "reportedly" names its speakers as "reports", the
// others name none.

import type { FigureLanguage } from '../language';
import { byLanguage } from '../lexicon';
import type { Token } from '../tokens';
import type { Frame } from './types';

const SINGLE_WORD_HEDGES = byLanguage('hedgeWords');

const IMPERSONAL_VERBS = byLanguage('impersonalVerbs');
const BE_FORMS = byLanguage('beForms');
const STATEMENT_NOUNS = byLanguage('statementNouns');

/** Hedges that say who speaks, as a reader would put it. */
const REPORTS: Readonly<Record<string, string>> = { reportedly: 'reports' };

/** Words without which a sentence has no impersonal frame. */
export const IMPERSONAL_TRIGGERS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: new Set([...STATEMENT_NOUNS.en, ...SINGLE_WORD_HEDGES.en, ...IMPERSONAL_VERBS.en]),
  fr: new Set([...STATEMENT_NOUNS.fr, ...SINGLE_WORD_HEDGES.fr, ...IMPERSONAL_VERBS.fr]),
};

export function impersonalFrames(
  _sentence: string,
  tokens: readonly Token[],
  lang: FigureLanguage,
): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (STATEMENT_NOUNS[lang].has(token.lower) && tokens[i + 1]?.lower === 'that') {
      frames.push({ source: null, cue: `${token.text} that`, at: i, vague: true });
      continue;
    }
    if (SINGLE_WORD_HEDGES[lang].has(token.lower)) {
      const source = REPORTS[token.lower] ?? null;
      frames.push({ source, cue: token.text, at: i, vague: true });
      continue;
    }
    // French has no such participle table: "il est estimé" is left to the other rules.
    if (!IMPERSONAL_VERBS[lang].has(token.lower) || !BE_FORMS[lang].has(tokens[i - 1]?.lower ?? ''))
      continue;
    // "it is believed (that)", "are said to", "is estimated to".
    const subject = tokens[i - 2]?.lower;
    const next = tokens[i + 1]?.lower;
    if (subject === 'it' || next === 'to') {
      frames.push({
        source: null,
        cue: `${tokens[i - 1]?.text ?? ''} ${token.text}`,
        at: i,
        vague: true,
      });
    }
  }
  return frames;
}
