// Rule: a quotation that ends in a comma (or ? or !) inside its marks is followed by its speech
// tag, whatever the verb: '"…," Bozell answers.', '"…?" Hannity pressed.', '"…," quipped Ann Lee.',
// '"…," the statement read.' The reporting-verb rule knows the common verbs; this one reads the
// shape, so a verb it has not listed still names the quote's speaker.

import type { FigureLanguage } from '../language';
import { anyLanguage } from '../lexicon';
import type { Token } from '../tokens';
import { PERSON_WORDS, PLACE_PREPOSITIONS, PRONOUNS, SAYING_VERBS, CLAIM_VERBS } from './cues';
import { isNameWord } from './mentions';
import type { PhraseSpan } from './noun-phrase';
import type { Frame } from './types';
import { isVagueSource, vagueSourceText } from './vague';

const CLOSING_MARKS = new Set(['”', '"', '»']);
/** Punctuation that ends a quotation leading into its tag. */
const TAG_LEADS = new Set([',', '?', '!', '…', '—']);
/** Longest name or noun phrase read as the tag's subject ("Senate Majority Leader Mitch McConnell"). */
const MAX_SUBJECT_TOKENS = 6;
/** What may follow the tag's verb: the sentence or clause ends, or a prepositional phrase starts. */
const TAG_ENDS = new Set(['.', ',', ';', ':', '—', '–', '-', '(']);
/** "Magel said at Monday's rally", "Trump added to People": a tag's verb may take a place or listener. */
const TAG_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'via']);
const ARTICLES = anyLanguage('articles');
const INITIAL = /^\p{Lu}$/u;
/** A word of letters, perhaps hyphenated ("voice-over"). */
const LETTERS = /^\p{L}[\p{L}-]*\p{L}$/u;

/**
 * Words without which a sentence has no quote tag: the closing marks. English only: French puts
 * its tag inside the marks or inverts it ("a-t-il déclaré"), which the reporting-verb rule reads.
 */
export const QUOTE_TAG_TRIGGERS: Record<FigureLanguage, ReadonlySet<string>> = {
  en: CLOSING_MARKS,
  fr: new Set<string>(),
};

/** A capitalised run from `from` ("Mitch McConnell", "Col. J. Smith"), or null. */
export function nameRun(tokens: readonly Token[], from: number): PhraseSpan | null {
  let end = from;
  while (end < tokens.length && end - from < MAX_SUBJECT_TOKENS) {
    const token = tokens[end];
    if (isNameWord(token)) end += 1;
    else if (
      token?.text === '.' &&
      (INITIAL.test(tokens[end - 1]?.text ?? '') ||
        PERSON_WORDS.has(tokens[end - 1]?.lower ?? '')) &&
      isNameWord(tokens[end + 1])
    )
      end += 1;
    else break;
  }
  return end > from ? { first: from, end } : null;
}

/** "the statement", "a voice-over in the ad": an article and a few lower-case words before the verb. */
function nounPhrase(tokens: readonly Token[], from: number): PhraseSpan | null {
  if (!ARTICLES.has(tokens[from]?.lower ?? '')) return null;
  for (let verb = from + 2; verb < tokens.length && verb - from <= MAX_SUBJECT_TOKENS; verb += 1) {
    if (!isTagVerb(tokens[verb - 1])) return null;
    const candidate = tokens[verb];
    if (isTagVerb(candidate) && endsTag(tokens, verb + 1)) return { first: from, end: verb };
  }
  return null;
}

/** The verb ends the tag: nothing after it but the clause's end or a preposition. */
function endsTag(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  return next === undefined || TAG_ENDS.has(next.text) || TAG_PREPOSITIONS.has(next.lower);
}

/** "the statement is a summary": a copula or auxiliary is no speech tag's verb. */
const NOT_TAG_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'and',
  'or',
  'but',
]);

export function isTagVerb(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.word &&
    token.text === token.lower &&
    LETTERS.test(token.text) &&
    !NOT_TAG_VERBS.has(token.lower)
  );
}

export function quoteTagFrames(
  sentence: string,
  tokens: readonly Token[],
  lang: FigureLanguage,
): Frame[] {
  const frames: Frame[] = [];
  const listed = (token: Token | undefined): boolean =>
    SAYING_VERBS[lang].has(token?.lower ?? '') || CLAIM_VERBS[lang].has(token?.lower ?? '');
  for (let i = 1; i < tokens.length; i += 1) {
    // A straight quote closes when it sticks to what it ends ('," Smith'), else it opens one.
    const mark = tokens[i];
    if (mark === undefined || !CLOSING_MARKS.has(mark.text) || mark.spaced) continue;
    if (!TAG_LEADS.has(tokens[i - 1]?.text ?? '')) continue;
    let span: PhraseSpan | null = null;
    let verb = -1;
    // '"…," quipped Ann Lee.'
    const inverted =
      isTagVerb(tokens[i + 1]) && !listed(tokens[i + 1]) ? nameRun(tokens, i + 2) : null;
    if (inverted !== null && endsTag(tokens, inverted.end)) {
      span = inverted;
      verb = i + 1;
    } else {
      // '"…," Bozell answers.' / '"…," the statement read.' / '"…," he joked.'
      const pronoun = PRONOUNS[lang].has(tokens[i + 1]?.lower ?? '')
        ? { first: i + 1, end: i + 2 }
        : null;
      const subject = pronoun ?? nameRun(tokens, i + 1) ?? nounPhrase(tokens, i + 1);
      const at = subject?.end ?? -1;
      if (
        subject !== null &&
        isTagVerb(tokens[at]) &&
        !listed(tokens[at]) &&
        endsTag(tokens, at + 1)
      ) {
        span = subject;
        verb = at;
      }
    }
    if (span === null) continue;
    const first = tokens[span.first];
    const last = tokens[span.end - 1];
    if (first === undefined || last === undefined) continue;
    const written = sentence.slice(first.start, last.end).replace(/^(?:the|a|an)\s+/iu, '');
    const vague = isVagueSource(tokens, span);
    frames.push({
      source: vague ? vagueSourceText(written) : written,
      cue: tokens[verb]?.lower ?? '',
      at: verb,
      vague,
      sourceFirst: span.first,
      sourceEnd: span.end,
    });
  }
  return frames;
}
