// Rule: a reporting verb and its subject — "X said", "said X", "X told reporters", "X claimed",
// "a UN report found", "X a affirmé". Coordinated verbs share a subject ("JNIM claimed
// responsibility and asserted that ..."). Agentless passives ("was announced") are no frame.

import { isAgentPhrase } from './agent';
import {
  CLAIM_VERBS,
  CUE_AUXILIARIES,
  NOUN_MARKERS,
  PHRASE_BOUNDARIES,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  SAYING_VERBS,
  SPEECH_VERBS,
} from './cues';
import { anyLanguage, byLanguage } from '../lexicon';
import type { FigureLanguage } from '../language';
import type { Token } from '../tokens';
import { phraseAfter, subjectBefore, spanText, type PhraseSpan } from './noun-phrase';
import { reportOwner } from './report-owner';
import type { Frame } from './types';
import { isVagueSource, vagueSourceText } from './vague';

type VerbKind = 'saying' | 'claim';

const PASSIVE_AUXILIARIES = anyLanguage('passiveAuxiliaries');
const PASSIVE_SKIPS = anyLanguage('passiveSkips');
const INVERSION_MARKS = new Set([',', '”', '"', '’', "'", '»']);
/** "put the death toll at 30": a toll verb reports only with a toll word within a few words. */
const TOLL_VERBS = byLanguage('tollVerbs');
const TOLL_WORDS = anyLanguage('tollWords');
/** Words looked at after "put" for a toll-like object. */
const TOLL_WINDOW = 5;
/** How far back a coordinated verb looks for its sibling's subject. */
const COORDINATION_WINDOW = 12;
const CAPITALISED = /^\p{Lu}/u;

/** Words without which a sentence has no reporting-verb frame (see `verbKind`). */
export const REPORTING_VERB_TRIGGERS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: new Set([...SAYING_VERBS.en, ...CLAIM_VERBS.en, ...TOLL_VERBS.en]),
  fr: new Set([...SAYING_VERBS.fr, ...CLAIM_VERBS.fr, ...TOLL_VERBS.fr]),
};

function verbKind(tokens: readonly Token[], i: number, lang: FigureLanguage): VerbKind | null {
  const token = tokens[i];
  if (token === undefined || token.text !== token.lower) return null;
  // The word itself first: most tokens are no reporting verb, whatever precedes them.
  const put = TOLL_VERBS[lang].has(token.lower);
  const kind: VerbKind | null = put
    ? null
    : SAYING_VERBS[lang].has(token.lower)
      ? 'saying'
      : CLAIM_VERBS[lang].has(token.lower)
        ? 'claim'
        : null;
  if (!put && kind === null) return null;
  // "with plans", "an estimated", "the reported": a noun or an adjective, not a verb.
  const previous = tokens[i - 1]?.lower ?? '';
  if (NOUN_MARKERS.has(previous) && !CUE_AUXILIARIES[lang].has(previous)) return null;
  if (put) {
    for (let k = i + 1; k <= i + TOLL_WINDOW; k += 1)
      if (TOLL_WORDS.has(tokens[k]?.lower ?? '')) return 'claim';
    return null;
  }
  return kind;
}

function isPassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (PASSIVE_SKIPS.has(tokens[k]?.lower ?? '')) k -= 1;
  return PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '') && tokens[i + 1]?.lower !== 'by';
}

/** Role words may stand between an inverted verb and the name ("said fire chief Jane Doe"). */
const MAX_ROLE_WORDS = 3;
/** Verbs whose object is the one spoken to ("told reporters"), never the speaker. */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell']);
const NOT_ROLE_WORDS = anyLanguage('notRoleWords');

/**
 * '"...," said Col. Dembele': the verb follows a comma or quote and a name follows it, perhaps
 * after an article or a few role words ("said fire chief Jane Doe", "wrote 43-year-old Martin Taylor").
 */
function isInverted(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous === undefined || next === undefined || !INVERSION_MARKS.has(previous.text))
    return false;
  // "Dever, who was on the slate, told POLITICO": after a plain comma, "told" names its listener.
  if (previous.text === ',' && LISTENER_VERBS.has(tokens[i]?.lower ?? '')) return false;
  if (
    CAPITALISED.test(next.text) ||
    next.lower === 'the' ||
    next.lower === 'a' ||
    next.lower === 'an'
  )
    return true;
  for (let k = i + 1; k <= i + MAX_ROLE_WORDS; k += 1) {
    const token = tokens[k];
    if (token === undefined || !token.word || NOT_ROLE_WORDS.has(token.lower)) return false;
    if (CAPITALISED.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** What may follow an inverted subject: the clause's end, a relative clause or a place or time. */
const AFTER_INVERTED_SUBJECT = new Set([
  '.',
  ',',
  ';',
  ':',
  '(',
  '—',
  '–',
  '-',
  '!',
  '?',
  'who',
  'which',
  ...PLACE_PREPOSITIONS,
  'for',
  'and',
  'but',
  'though',
  'although',
  'because',
  'since',
  'adding',
  'noting',
  'saying',
]);

function endsInvertedSubject(next: Token | undefined): boolean {
  return next === undefined || AFTER_INVERTED_SUBJECT.has(next.lower);
}

/** "X claimed responsibility and asserted": the second verb borrows the first verb's subject. */
function coordinatedSubject(
  tokens: readonly Token[],
  verb: number,
  lang: FigureLanguage,
): PhraseSpan | null {
  let sawAnd = false;
  for (let k = verb - 1; k >= 0 && verb - k <= COORDINATION_WINDOW; k -= 1) {
    const token = tokens[k];
    if (token === undefined || PHRASE_BOUNDARIES.has(token.lower)) return null;
    if (token.lower === 'and' || token.lower === 'et') sawAnd = true;
    else if (sawAnd && verbKind(tokens, k, lang) !== null)
      return subjectOf(tokens, k, frenchCueStart(tokens, k, lang), lang);
  }
  return null;
}

/** French "a affirmé": the cue text includes the auxiliary; the subject sits before it. */
function frenchCueStart(tokens: readonly Token[], i: number, lang: FigureLanguage): number {
  return CUE_AUXILIARIES[lang].has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
}

function subjectOf(
  tokens: readonly Token[],
  i: number,
  cueStart: number,
  lang: FigureLanguage,
): PhraseSpan | null {
  // French inversion "a-t-il déclaré" / "a déclaré le ministre" after a comma or quote.
  if (lang === 'fr' && INVERSION_MARKS.has(tokens[cueStart - 1]?.text ?? '')) {
    return phraseAfter(tokens, i + 1);
  }
  if (isInverted(tokens, cueStart)) {
    // An inverted subject ends its clause ("…, said fire chief Jane Doe."); "…, said the Trump
    // 'train may have left'" is a report whose subject stands before the comma.
    const after = phraseAfter(tokens, i + 1);
    if (after !== null && endsInvertedSubject(tokens[after.end])) return after;
  }
  const pronoun = pronounRightBefore(tokens, cueStart, lang);
  if (pronoun !== null) return pronoun;
  const span = coordinatedSubject(tokens, cueStart, lang) ?? subjectBefore(tokens, cueStart);
  return span === null ? null : afterLastVerb(tokens, span, lang);
}

/** "an alibi he cited", "she's found": a pronoun right before the verb is the whole subject. */
function pronounRightBefore(
  tokens: readonly Token[],
  verb: number,
  lang: FigureLanguage,
): PhraseSpan | null {
  const at = verb - 1;
  const lower = tokens[at]?.lower.replace(CONTRACTION, '') ?? '';
  return PRONOUNS[lang].has(lower) ? { first: at, end: at + 1 } : null;
}

/** "he said he said he": a subject never runs across another reporting verb. */
function afterLastVerb(
  tokens: readonly Token[],
  span: PhraseSpan,
  lang: FigureLanguage,
): PhraseSpan | null {
  for (let k = span.end - 1; k >= span.first; k -= 1) {
    if (verbKind(tokens, k, lang) !== null) {
      return k + 1 < span.end ? { first: k + 1, end: span.end } : null;
    }
  }
  return span;
}

const CONTRACTION = /['’](?:s|ve|d|ll|re|m)$/;
const CLOSING_QUOTES = new Set(['”', '"', '»']);
/** Tokens between a quote's closing mark and its tag's verb ('," Ann Lee added'). */
const TAG_SUBJECT_TOKENS = 3;

/** '"…," Trump added to People': after a quotation, "added to" names a listener, not a list. */
function closesQuoteJustBefore(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= TAG_SUBJECT_TOKENS + 1; k -= 1)
    if (CLOSING_QUOTES.has(tokens[k]?.text ?? '')) return true;
  return false;
}
const NEGATIONS = anyLanguage('negations');
const NON_REPORTING_PARTICLES = anyLanguage('nonReportingParticles');

function isNegated(tokens: readonly Token[], verb: number): boolean {
  return (
    NEGATIONS.has(tokens[verb - 1]?.lower ?? '') || NEGATIONS.has(tokens[verb - 2]?.lower ?? '')
  );
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** "According to local reports", "with plans": no subject starts with a preposition or article. */
function startsWithPreposition(token: Token | undefined): boolean {
  if (token === undefined || ACRONYM.test(token.text) || SUBJECT_ADJECTIVES.has(token.lower))
    return false;
  return NOUN_MARKERS.has(token.lower) || token.lower === 'according';
}

/** Noun markers that are adjectives: "a new survey shows", "the latest poll found" have a subject. */
const SUBJECT_ADJECTIVES = new Set(['new', 'latest', 'current', 'first']);

export function reportingVerbFrames(
  sentence: string,
  tokens: readonly Token[],
  lang: FigureLanguage,
): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const kind = verbKind(tokens, i, lang);
    if (kind === null || isPassive(tokens, i) || isNegated(tokens, i)) continue;
    if (
      tokens[i]?.lower === 'added' &&
      NON_REPORTING_PARTICLES.has(tokens[i + 1]?.lower ?? '') &&
      !closesQuoteJustBefore(tokens, i)
    ) {
      continue;
    }
    const cueStart = frenchCueStart(tokens, i, lang);
    const span = subjectOf(tokens, i, cueStart, lang);
    if (span === null || startsWithPreposition(tokens[span.first])) continue;
    const speech = kind === 'saying' && SPEECH_VERBS[lang].has(tokens[i]?.lower ?? '');
    if (!speech && !isAgentPhrase(tokens, span, lang, true)) continue;
    const vague = isVagueSource(tokens, span);
    const written = spanText(sentence, tokens, span);
    frames.push({
      source: vague ? vagueSourceText(written) : reportOwner(written),
      cue: sentence.slice(tokens[cueStart]?.start ?? 0, tokens[i]?.end ?? 0).toLowerCase(),
      at: i,
      vague,
      sourceFirst: span.first,
      sourceEnd: span.end,
    });
  }
  return frames;
}
