// Rule: a quotation opened right after a colon belongs to the name that opens the clause before
// the colon ('More from Jones: "…"', 'Clinton has since apologized: "…"', 'Continued Stone: "…"',
// 'Pollsters agree - Carl Bialik: "…"'). News uses this for long excerpts with no "said" at all.

import { AGENT_NOUNS, ORGANISATION_WORDS, PERSON_WORDS, SAYING_VERBS } from './cues';
import type { FigureLanguage } from '../language';
import { isNameWord } from './mentions';
import type { Token } from '../tokens';

/** A sentence as the quote rules read it: its offset in the paragraph, its text and tokens. */
export interface LeadSentence {
  start: number;
  text: string;
  tokens: Token[];
}

/** Longest clause read back from the colon; a longer one names its speaker in a frame, if at all. */
const MAX_LEAD_TOKENS = 16;
/** Marks that end the lead clause on its left ("Pollsters agree - Carl Bialik:"). */
const LEAD_BOUNDARIES = new Set(['-', '–', '—', ';', '.', '|']);
/** Words before the name that only say where the excerpt comes from ("More from", "From"). */
const LEAD_SKIPS = new Set(['more', 'from', 'via', 'the']);
/** "Continued Stone:", "Added Smith:": a speech verb put first. */
const INVERTED_VERBS = new Set(['continued', 'continues']);
const NAME_JOINS = new Set(['and', 'of', '&']);
const INITIAL = /^\p{Lu}$/u;

/** A boundary mark, but not the period of an initial or title inside a name ("Michael P. McDonald"). */
function isLeadBoundary(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text ?? '';
  if (!LEAD_BOUNDARIES.has(text)) return false;
  const previous = tokens[at - 1];
  return !(
    text === '.' &&
    previous !== undefined &&
    (INITIAL.test(previous.text) || PERSON_WORDS.has(previous.lower))
  );
}

/** Index of the first token starting at or after `offset` in its sentence. Binary search. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sentence holding offset `at` (sentences sorted by start). Binary search. */
export function sentenceAt<S extends { start: number }>(
  sentences: readonly S[],
  at: number,
): S | null {
  let low = 0;
  let high = sentences.length - 1;
  let found: S | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (sentence.start <= at) {
      found = sentence;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The name opening the clause before a quotation that starts at paragraph offset `open` (in
 * `sentence`) right after a colon, or null. A lone name right before the colon counts only after
 * "from" or a speech verb ("Update:", "Warning:" are labels, not speakers).
 */
export function colonLeadSpeaker(
  sentence: LeadSentence,
  open: number,
  lang: FigureLanguage,
  isKnown: (name: string) => boolean,
): string | null {
  const local = open - sentence.start;
  const tokens = sentence.tokens;
  const mark = firstTokenFrom(tokens, local);
  if (tokens[mark - 1]?.text !== ':') return null;
  const colon = mark - 1;
  let first = colon;
  while (first > 0 && colon - first < MAX_LEAD_TOKENS && !isLeadBoundary(tokens, first - 1))
    first -= 1;
  if (colon - first >= MAX_LEAD_TOKENS) return null;
  let skipped = false;
  for (;;) {
    const lower = tokens[first]?.lower ?? '';
    const verb =
      INVERTED_VERBS.has(lower) || (SAYING_VERBS[lang].has(lower) && !PERSON_WORDS.has(lower));
    if (!(LEAD_SKIPS.has(lower) || verb)) break;
    skipped = skipped || lower !== 'the';
    first += 1;
  }
  let end = first;
  while (end < colon) {
    const token = tokens[end];
    if (isNameWord(token)) end += 1;
    else if (
      token?.text === '.' &&
      INITIAL.test(tokens[end - 1]?.text ?? '') &&
      isNameWord(tokens[end + 1])
    )
      end += 1;
    else if (end > first && NAME_JOINS.has(token?.lower ?? '') && isNameWord(tokens[end + 1]))
      end += 1;
    else break;
  }
  if (end === first) return null;
  // "the Clinton campaign:", "Gallup's pollsters:": the group the name qualifies speaks.
  const head = tokens[end]?.lower ?? '';
  if (
    end < colon &&
    (ORGANISATION_WORDS.has(head) || AGENT_NOUNS.has(head) || PERSON_WORDS.has(head))
  )
    end += 1;
  const words = tokens.slice(first, end).filter((t) => t.word).length;
  if (end === colon && words === 1 && !skipped) return null;
  const name = sentence.text.slice(tokens[first]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  // A lone capitalised word opening the sentence ("Here is how…:") is a name only if named before.
  if (words === 1 && first === 0 && !isKnown(name)) return null;
  return name;
}
