// Rule: "according to X", "citing X", "selon X", "d'après X" name X as the source.

import { isAgentPhrase } from './agent';
import { PRONOUNS } from './cues';
import type { FigureLanguage } from '../language';
import { LEXICONS, anyLanguage } from '../lexicon';
import type { Token } from '../tokens';
import { phraseAfter, spanText } from './noun-phrase';
import type { Frame } from './types';
import { reportOwner } from './report-owner';
import { isVagueSource, vagueSourceText } from './vague';

/** Cue words and the cue as the report gives it ("according" "to" → "according to"). */
const CUES = { en: LEXICONS.en.accordingTo, fr: LEXICONS.fr.accordingTo };
const FORWARD_NEEDS_AGENT = anyLanguage('forwardNeedsAgent');

/** First words of the cues: a token that is none of them starts no cue (most tokens). */
export const ACCORDING_TO_TRIGGERS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: new Set(CUES.en.map(([words]) => words[0] ?? '')),
  fr: new Set(CUES.fr.map(([words]) => words[0] ?? '')),
};

function cueAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k += 1) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

export function accordingToFrames(
  sentence: string,
  tokens: readonly Token[],
  lang: FigureLanguage,
): Frame[] {
  const frames: Frame[] = [];
  const firstWords = ACCORDING_TO_TRIGGERS[lang];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!firstWords.has(tokens[i]?.lower ?? '')) continue;
    for (const [words, cue] of CUES[lang]) {
      if (!cueAt(tokens, i, words)) continue;
      const span = phraseAfter(tokens, i + words.length);
      if (span === null) continue;
      if (FORWARD_NEEDS_AGENT.has(cue) && !isAgentPhrase(tokens, span, lang, false)) continue;
      const vague = isVagueSource(tokens, span) || cue === 'de source';
      const isPronoun =
        span.end - span.first === 1 && PRONOUNS[lang].has(tokens[span.first]?.lower ?? '');
      const text = spanText(sentence, tokens, span);
      frames.push({
        source: vague && !isPronoun ? vagueSourceText(text) : reportOwner(text),
        cue: sentence
          .slice(tokens[i]?.start ?? 0, tokens[i + words.length - 1]?.end ?? 0)
          .toLowerCase(),
        at: i,
        vague,
        sourceFirst: span.first,
        sourceEnd: span.end,
      });
    }
  }
  return frames;
}
