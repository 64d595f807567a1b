// Whether a phrase can be the one who states a figure: a name, a pronoun, or an agent noun
// ("the army", "a UN report"). "The attack claimed 30 lives" has no agent, so it is no source.

import { AGENT_NOUNS, PRONOUNS } from './cues';
import type { FigureLanguage } from '../language';
import { anyLanguage } from '../lexicon';
import type { Token } from '../tokens';
import type { PhraseSpan } from './noun-phrase';

const CAPITALISED = /^\p{Lu}/u;
const COMMON_OPENERS = anyLanguage('commonOpeners');

export function isAgentPhrase(
  tokens: readonly Token[],
  span: PhraseSpan,
  lang: FigureLanguage,
  sentenceStart: boolean,
): boolean {
  for (let i = span.first; i < span.end; i += 1) {
    const token = tokens[i];
    if (token === undefined || !token.word) continue;
    if (AGENT_NOUNS.has(token.lower) || PRONOUNS[lang].has(token.lower)) return true;
    // A capital at the sentence start proves nothing ("The attack").
    if (
      CAPITALISED.test(token.text) &&
      !(sentenceStart && i === 0 && COMMON_OPENERS.has(token.lower))
    )
      return true;
  }
  return false;
}
