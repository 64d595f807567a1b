// Rule: a passive with its agent — "identified by MOTIE", "announced by president Moon Jae-in",
// "analysts surveyed by Refinitiv" — names the agent as the source. Agentless passives name no one.

import { isAgentPhrase } from './agent';
import type { FigureLanguage } from '../language';
import { byLanguage } from '../lexicon';
import type { Token } from '../tokens';
import { phraseAfter, spanText } from './noun-phrase';
import { reportOwner } from './report-owner';
import type { Frame } from './types';

export const REPORTING_PARTICIPLES = byLanguage('reportingParticiples');
const BY_WORDS = byLanguage('byWords');

export function byAgentFrames(
  sentence: string,
  tokens: readonly Token[],
  lang: FigureLanguage,
): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || !REPORTING_PARTICIPLES[lang].has(token.lower)) continue;
    if (!BY_WORDS[lang].has(tokens[i + 1]?.lower ?? '')) continue;
    const span = phraseAfter(tokens, i + 2);
    if (span === null || !isAgentPhrase(tokens, span, lang, false)) continue;
    frames.push({
      source: reportOwner(spanText(sentence, tokens, span)),
      cue: `${token.lower} ${tokens[i + 1]?.lower ?? ''}`,
      at: i,
      vague: false,
      sourceFirst: span.first,
      sourceEnd: span.end,
    });
  }
  return frames;
}
