// Reads the noun phrase that names a source: backwards from a verb ("the al-Qaeda-linked group
// JNIM claimed"), forwards after "according to" or an inverted "said" ("said Col. Dembele, the
// army spokesman"). Scans are bounded, so each costs O(MAX_PHRASE_TOKENS).

import {
  AGENT_NOUNS,
  PERSON_WORDS,
  PHRASE_BOUNDARIES,
  SOURCE_LEAD_WORDS,
  VERB_PREFIXES,
  WEEKDAYS,
} from './cues';
import { anyLanguage } from '../lexicon';
import type { Token } from '../tokens';
import { isNameWord } from './mentions';

/** Longest source phrase read, in tokens ("Jama'at Nusrat al-Islam wal Muslimin (JNIM)" is 8). */
const MAX_PHRASE_TOKENS = 14;
/** Longest role phrase in apposition (", the army spokesman,"). */
const MAX_ROLE_TOKENS = 8;

const CAPITALISED = /^\p{Lu}/u;

export interface PhraseSpan {
  first: number;
  /** One past the last token. */
  end: number;
}

/** Token range → text as written in the sentence. */
export function spanText(sentence: string, tokens: readonly Token[], span: PhraseSpan): string {
  const first = tokens[span.first];
  const last = tokens[span.end - 1];
  if (first === undefined || last === undefined) return '';
  return sentence.slice(first.start, last.end);
}

/** A leading word to drop; "UN" is an acronym, not the French article "un". */
function isLeadWord(token: Token | undefined): boolean {
  return token !== undefined && SOURCE_LEAD_WORDS.has(token.lower) && !ACRONYM.test(token.text);
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** Drops leading "However, the" and trailing punctuation from a span. */
export function trimSpan(tokens: readonly Token[], span: PhraseSpan): PhraseSpan | null {
  let { first, end } = span;
  while (first < end && (isLeadWord(tokens[first]) || tokens[first]?.text === ',')) first += 1;
  while (end > first && !(tokens[end - 1]?.word ?? false) && tokens[end - 1]?.text !== ')')
    end -= 1;
  return end > first ? { first, end } : null;
}

/** Index of the verb's subject end: skips "has", "also", "on Monday" between subject and verb. */
function subjectEnd(tokens: readonly Token[], verb: number): number {
  let i = verb - 1;
  for (;;) {
    const lower = tokens[i]?.lower ?? '';
    if (VERB_PREFIXES.has(lower)) i -= 1;
    else if (WEEKDAYS.has(lower)) i -= tokens[i - 1]?.lower === 'on' ? 2 : 1;
    else break;
  }
  return i + 1;
}

/** The subject phrase ending right before `verb`, back to a clause boundary. */
export function subjectBefore(tokens: readonly Token[], verb: number): PhraseSpan | null {
  let end = subjectEnd(tokens, verb);
  // "Col. X, the army spokesman, said": step over the comma that closes an apposition.
  const closedByComma = tokens[end - 1]?.text === ',';
  if (closedByComma) end -= 1;
  let first = end;
  let depth = 0;
  while (first > 0 && end - first < MAX_PHRASE_TOKENS) {
    const token = tokens[first - 1];
    if (token === undefined) break;
    if (token.text === ')') depth += 1;
    else if (token.text === '(' && depth > 0) depth -= 1;
    else if (
      depth === 0 &&
      PHRASE_BOUNDARIES.has(token.lower) &&
      !isAbbreviationPeriod(tokens, first - 1)
    )
      break;
    first -= 1;
  }
  if (end - first >= MAX_PHRASE_TOKENS && first > 0) return null;
  const span = trimSpan(tokens, { first, end });
  if (span === null) return null;
  return closedByComma ? withRoleBefore(tokens, span) : withNameListBefore(tokens, span);
}

/** Most commas a name's list of fields holds ("Ministry of Land, Infrastructure, Transport and Tourism"). */
const MAX_NAME_LIST_COMMAS = 4;

/**
 * "Ministry of Trade, Industry and Energy (MOTIE) has unveiled": a span of capitalised words with
 * "and", right after a comma, ends a name whose fields are listed, from "X of" on. The span joins
 * the name (the subject scan stopped at its comma).
 */
function withNameListBefore(tokens: readonly Token[], span: PhraseSpan): PhraseSpan {
  if (tokens[span.first - 1]?.text !== ',') return span;
  let sawAnd = false;
  for (let i = span.first; i < span.end && tokens[i]?.text !== '('; i += 1) {
    const token = tokens[i];
    if (token?.lower === 'and' || token?.text === '&') sawAnd = true;
    else if (!isNameWord(token)) return span;
  }
  if (!sawAnd) return span;
  let comma = span.first - 1;
  for (let k = 0; k < MAX_NAME_LIST_COMMAS; k += 1) {
    let before = comma - 1;
    while (before >= 0 && isNameWord(tokens[before])) before -= 1;
    if (before === comma - 1) return span;
    if (tokens[before]?.lower === 'of' && isNameWord(tokens[before - 1])) {
      let first = before - 1;
      while (first > 0 && isNameWord(tokens[first - 1])) first -= 1;
      return { first, end: span.end };
    }
    if (tokens[before]?.text !== ',') return span;
    comma = before;
  }
  return span;
}

const APPOSITION_LEADS = anyLanguage('appositionLeads');
/** "X, writing for the majority, said": a participle opens an aside about the subject. */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
const RELATIVE_PRONOUNS = anyLanguage('relativePronouns');

/**
 * "Col. X, the army spokesman, said" / "X, another deportee, said": the subject span ends in an
 * apposition, and the name before it joins. "X, who has two sons on the team, says": the subject is
 * the name alone, never the clause.
 */
function withRoleBefore(tokens: readonly Token[], span: PhraseSpan): PhraseSpan {
  const roleHead = tokens[span.end - 1]?.lower ?? '';
  // The clause may open with words the span dropped ("who has two sons"): find its opener.
  let opener = span.first - 1;
  while (opener > span.first - 3 && !RELATIVE_PRONOUNS.has(tokens[opener]?.lower ?? ''))
    opener -= 1;
  if (RELATIVE_PRONOUNS.has(tokens[opener]?.lower ?? '')) {
    // "X, who led the study," / "X, a NASA scientist who led the study,": the name before the comma.
    let comma = opener - 1;
    while (comma > opener - MAX_ROLE_TOKENS && comma > 0 && tokens[comma]?.text !== ',') comma -= 1;
    if (tokens[comma]?.text === ',') {
      const before = subjectBeforeComma(tokens, comma);
      if (before !== null) return { first: before, end: comma };
    }
  }
  let lead = span.first - 1;
  while (lead >= 0 && SOURCE_LEAD_WORDS.has(tokens[lead]?.lower ?? '')) lead -= 1;
  const comma = tokens[lead];
  const apposition =
    lead < span.first - 1 ||
    isRoleWord(roleHead) ||
    APPOSITION_LEADS.has(tokens[span.first]?.lower ?? '') ||
    PARTICIPLE.test(tokens[span.first]?.text ?? '') ||
    hasRoleWord(tokens, span);
  if (comma?.text !== ',' || !apposition) return span;
  const before = subjectBeforeComma(tokens, lead);
  return before === null ? span : { first: before, end: span.end };
}

function subjectBeforeComma(tokens: readonly Token[], comma: number): number | null {
  let first = comma;
  while (first > 0 && comma - first < MAX_PHRASE_TOKENS) {
    const token = tokens[first - 1];
    if (token === undefined || PHRASE_BOUNDARIES.has(token.lower)) break;
    first -= 1;
  }
  const trimmed = trimSpan(tokens, { first, end: comma });
  if (trimmed === null) return null;
  for (let i = trimmed.first; i < trimmed.end; i += 1)
    if (CAPITALISED.test(tokens[i]?.text ?? '')) return trimmed.first;
  return null;
}

/** "president and chief operating officer of SpaceX": a role anywhere in the apposition. */
function hasRoleWord(tokens: readonly Token[], span: PhraseSpan): boolean {
  for (let i = span.first; i < span.end; i += 1)
    if (isRoleWord(tokens[i]?.lower ?? '')) return true;
  return false;
}

function isRoleWord(lower: string): boolean {
  return PERSON_WORDS.has(lower) || AGENT_NOUNS.has(lower);
}

/** The phrase starting at `from`, up to a clause boundary ("according to X, ..."). */
export function phraseAfter(tokens: readonly Token[], from: number): PhraseSpan | null {
  let end = from;
  let depth = 0;
  while (end < tokens.length && end - from < MAX_PHRASE_TOKENS) {
    const token = tokens[end];
    if (token === undefined) break;
    const title = depth === 0 ? quotedTitleEnd(tokens, end) : -1;
    if (title > 0) {
      end = title;
      continue;
    }
    if (token.text === '(') depth += 1;
    else if (token.text === ')' && depth > 0) depth -= 1;
    else if (
      depth === 0 &&
      !isAbbreviationPeriod(tokens, end) &&
      (PHRASE_BOUNDARIES.has(token.lower) || isClauseStart(tokens, end, from))
    )
      break;
    end += 1;
  }
  const span = trimSpan(tokens, { first: from, end });
  if (span === null) return null;
  return withRoleAfter(tokens, span);
}

const TITLE_OPENERS = new Set(['"', '“']);
const TITLE_CLOSERS = new Set(['"', '”']);
/** Longest quoted title read inside a source ('the "Medicare for all" document'). */
const MAX_TITLE_TOKENS = 6;

/**
 * 'the "Medicare for all" document': a short quotation between an article and a lower-case noun
 * is a title inside the phrase. Returns the index after the noun, or -1.
 */
function quotedTitleEnd(tokens: readonly Token[], at: number): number {
  if (!TITLE_OPENERS.has(tokens[at]?.text ?? '') || !ARTICLES.has(tokens[at - 1]?.lower ?? ''))
    return -1;
  for (let k = at + 2; k <= at + MAX_TITLE_TOKENS && k < tokens.length; k += 1) {
    if (!TITLE_CLOSERS.has(tokens[k]?.text ?? '')) continue;
    const noun = tokens[k + 1];
    return noun !== undefined && noun.word && noun.text === noun.lower ? k + 2 : -1;
  }
  return -1;
}

const SINGLE_INITIAL = /^\p{Lu}$/u;
const DIGIT = /\d/;
const ARTICLES = anyLanguage('articles');

/** The period of "Col." or of an initial "J." inside a name. */
function isAbbreviationPeriod(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (tokens[at]?.text !== '.' || previous === undefined) return false;
  return (
    (PERSON_WORDS.has(previous.lower) || SINGLE_INITIAL.test(previous.text)) &&
    CAPITALISED.test(tokens[at + 1]?.text ?? '')
  );
}

const PHRASE_STOP_WORDS = anyLanguage('phraseStopWords');

function isClauseStart(tokens: readonly Token[], at: number, from: number): boolean {
  if (at === from) return false;
  const token = tokens[at];
  const previous = tokens[at - 1];
  if (token === undefined || previous === undefined) return false;
  // "the" is kept inside "according to the army"; after a name it starts a new phrase.
  if (ARTICLES.has(token.lower)) {
    return CAPITALISED.test(previous.text) && previous.lower !== 'of' && previous.lower !== 'de';
  }
  return (
    PHRASE_STOP_WORDS.has(token.lower) &&
    token.lower === token.text &&
    at - from > 0 &&
    isNameLike(tokens, from, at)
  );
}

function isNameLike(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1)
    if (CAPITALISED.test(tokens[i]?.text ?? '') || isRoleWord(tokens[i]?.lower ?? '')) return true;
  return false;
}

/** "said X, the army spokesman": a role phrase after a comma joins the name. */
function withRoleAfter(tokens: readonly Token[], span: PhraseSpan): PhraseSpan {
  if (tokens[span.end]?.text !== ',') return span;
  let end = span.end + 1;
  let sawRole = false;
  while (end < tokens.length && end - span.end <= MAX_ROLE_TOKENS) {
    const token = tokens[end];
    if (token === undefined || PHRASE_BOUNDARIES.has(token.lower)) break;
    if (PERSON_WORDS.has(token.lower)) sawRole = true;
    if (DIGIT.test(token.text)) return span;
    end += 1;
  }
  const boundary = tokens[end];
  const closes = boundary === undefined || boundary.text === ',' || boundary.text === '.';
  return sawRole && closes && end > span.end + 1 ? { first: span.first, end } : span;
}
