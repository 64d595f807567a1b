// Carry-over: "he said", "it added", "the group said", "selon lui" point back to a source named
// just before (this or the previous sentence or paragraph). Also widens a bare name to the
// fullest form the article gave ("Dembele" → "army spokesperson Col. Souleymane Dembele").

import { AGENT_NOUNS, ORGANISATION_WORDS, PERSON_PRONOUNS, PRONOUNS } from './cues';
import type { FigureLanguage } from '../language';
import type { Mention } from './mentions';

/** Mentions looked at when resolving, newest first; bounds the cost per figure. */
const MAX_LOOKBACK = 60;
/** Paragraphs back a pronoun may reach (interviews often put a quote between name and "he"). */
const MAX_PARAGRAPH_DISTANCE = 2;

const DEFINITE_GENERIC = /^(?:the|this|that|le|la|l['’]|ce|cette)\s*([\p{L}-]+)$/iu;
const CAPITALISED = /\p{Lu}/u;
const WORD_EDGE = /[\p{L}\p{N}]/u;

const CONTRACTION = /['’](?:ve|re|d|ll|s|m)$/;

/** A lone lower-case agent noun ("group", "ministry") left after "the" was trimmed. */
function bareGeneric(source: string): string | undefined {
  return LOWER_WORD.test(source) && (ORGANISATION_WORDS.has(source) || AGENT_NOUNS.has(source))
    ? source
    : undefined;
}

const LOWER_WORD = /^[\p{Ll}-]+$/u;

export function isPronoun(source: string, lang: FigureLanguage): boolean {
  return PRONOUNS[lang].has(source.toLowerCase().replace(CONTRACTION, ''));
}

/** Resolves a pronoun or "the group" against earlier mentions; returns null if nothing fits. */
export function resolveAntecedent(
  source: string,
  paragraph: number,
  mentions: readonly Mention[],
  lang: FigureLanguage,
): string | null {
  const lower = source.toLowerCase().replace(CONTRACTION, '');
  const generic = DEFINITE_GENERIC.exec(source)?.[1]?.toLowerCase() ?? bareGeneric(source);
  if (!isPronoun(source, lang) && generic === undefined) return null;
  const wantsPerson = PERSON_PRONOUNS.has(lower);
  // "he", "she": the last person who spoke or opened a clause, before any person merely named
  // ("He then cited Cooke's testimony. '…,' he concluded" is still the first speaker).
  if (wantsPerson && generic === undefined) {
    const salient = lastMention(mentions, paragraph, (m) => m.person && m.salient === true);
    if (salient !== null) return salient;
  }
  // "according to the report": the name a report was said to be by ("a report by X").
  if (generic !== undefined) {
    const author = lastMention(mentions, paragraph, (m) => m.document === generic);
    if (author !== null) return author;
  }
  for (let k = mentions.length - 1, seen = 0; k >= 0 && seen < MAX_LOOKBACK; k -= 1, seen += 1) {
    const mention = mentions[k];
    if (mention === undefined) continue;
    if (paragraph - mention.paragraph > MAX_PARAGRAPH_DISTANCE) break;
    if (generic !== undefined) {
      const orgNoun = ORGANISATION_WORDS.has(generic);
      if (mention.text.toLowerCase().includes(generic) || (orgNoun && mention.organisation))
        return mention.text;
    } else if (
      wantsPerson ? mention.person : mention.organisation || (lower !== 'it' && mention.person)
    ) {
      return mention.text;
    }
  }
  return null;
}

function lastMention(
  mentions: readonly Mention[],
  paragraph: number,
  fits: (m: Mention) => boolean,
): string | null {
  for (let k = mentions.length - 1, seen = 0; k >= 0 && seen < MAX_LOOKBACK; k -= 1, seen += 1) {
    const mention = mentions[k];
    if (mention === undefined) continue;
    if (paragraph - mention.paragraph > MAX_PARAGRAPH_DISTANCE) break;
    if (fits(mention)) return mention.text;
  }
  return null;
}

/** The longest earlier mention that ends with this name ("Dembele" → "Col. Souleymane Dembele"). */
export function fullestName(source: string, mentions: readonly Mention[]): string {
  if (!CAPITALISED.test(source)) return source;
  let best = source;
  for (
    let k = mentions.length - 1, seen = 0;
    k >= 0 && seen < MAX_LOOKBACK * 4;
    k -= 1, seen += 1
  ) {
    const text = mentions[k]?.text ?? '';
    if (text.length <= best.length) continue;
    const core = text.endsWith(')') ? text.slice(0, text.lastIndexOf('(')).trimEnd() : text;
    const endsWithName =
      text.endsWith(source) || text.endsWith(`(${source})`) || core.endsWith(source);
    const edge = text.charAt(text.lastIndexOf(source) - 1);
    if (endsWithName && (edge === '' || !WORD_EDGE.test(edge))) best = text;
  }
  return best;
}
