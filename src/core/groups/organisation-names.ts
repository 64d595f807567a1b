// Finds organisations the knowledge base does not know, by the shape of their names: a run of
// capitalised words that ends in an organisation word ("Rapid Support Forces", "Foreign Ministry") or
// opens with one followed by "of"/"for" ("Ministry of Defence", "Army of the Republic of Niger").
// Guards against look-alikes: headline-case and all-caps lines are skipped (every word is
// capitalised there), a lone head word ("Police") needs a modifier, sentence-initial determiners are
// dropped, and names built on titles, days, months or compass points ("West Bank") are refused.

import { NAME_CONNECTORS } from './acronym-definitions';
import {
  HEAD_WORD_KINDS,
  LEADING_HEAD_WORDS,
  LEADING_ONLY_HEAD_WORDS,
  kindOfHead,
} from './head-words';
import type { Token } from './tokens';

/** A line this short whose words are mostly capitalised is a headline or a heading. */
const HEADLINE_MAX_WORDS = 30;
/** Lines with fewer content words than this are too short to judge as headline case. */
const HEADLINE_MIN_WORDS = 3;
/** Headline case allows at most this share of lower-case content words (and always one). */
const HEADLINE_LOWERCASE_SHARE = 0.15;
/** Share of words in capitals above which a line is shouted (all-caps heading or banner). */
const SHOUTED_SHARE = 0.5;

/** Organisation names have few words; bounding the walks keeps long capitalised runs linear. */
const MAX_MODIFIERS = 8;
/** Words after "of"/"for" ("Army of the Republic of Niger") are bounded the same way. */
const MAX_EXTENSION_TOKENS = 10;

/** Connectors that may extend a name after its head word ("Ministry of Defence", "Movement for …"). */
const EXTENSION_CONNECTORS = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'pour']);
/** Connectors that may follow an extension connector ("Army of the Republic", "Committee for a …"). */
const ARTICLE_CONNECTORS = new Set(['the', 'la', 'le', 'les', 'l', 'a', 'an']);
/** "Center for Food and Allergy Research": a conjunction inside an extension, before a capital. */
const EXTENSION_CONJUNCTIONS = new Set(['and', '&', 'et']);

/** Capitalised only because they open a sentence; dropped from the start of a name there. */
const SENTENCE_INITIAL_WORDS = new Set(
  (
    'the a an this that these those some many most several both each every all any no other ' +
    'its their his her our your my when while after before if as but and or yet so since because ' +
    'although though then there here now also still even only just local former current another such ' +
    'le la les un une des ce cette ces'
  ).split(' '),
);
/** Words that make a capitalised run a person's title or a date, not an organisation. */
const NOT_NAME_WORDS = new Set(
  (
    'mr mrs ms dr sir president vice prime minister secretary spokesman spokeswoman spokesperson ' +
    'chief commander director chairman chairwoman head leader governor senator lt col gen maj capt ' +
    'sgt official officials mp mps member members lawmaker lawmakers candidate boss monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december'
  ).split(' '),
);
/** Compass words: "West Bank", "Western Front" are places and wars, not groups. */
const COMPASS_WORDS = new Set(
  'north south east west northern southern eastern western central'.split(' '),
);

/** Indefinite articles: "a Tax Preparation Service" describes, it does not name. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** States whose names look like organisation names. */
const NOT_GROUP_NAMES = new Set(['soviet union']);
/** A plural before a possessive ending ("Workers'" in "Workers' Party"). */
const PLURAL_POSSESSIVE = /s$/u;
/** Collective nouns whose possessive belongs inside names ("People's Liberation Army"). */
const COLLECTIVE_POSSESSIVES = new Set(['people', 'women', 'children', 'men', 'peoples']);

export interface OrganisationName {
  first: number;
  last: number;
  kind: string;
}

/** Words of a line other than connectors, and how many of them are all caps or lower case. */
function contentCounts(tokens: readonly Token[]): {
  content: number;
  shouted: number;
  lowercase: number;
} {
  // One counting pass: this runs on every paragraph, several times.
  let content = 0;
  let shouted = 0;
  let lowercase = 0;
  for (const t of tokens) {
    if (NAME_CONNECTORS.has(t.fold)) continue;
    content++;
    if (t.allCaps) shouted++;
    if (!t.capitalised) lowercase++;
  }
  return { content, shouted, lowercase };
}

function shoutedCounts(counts: { content: number; shouted: number }): boolean {
  return counts.content >= HEADLINE_MIN_WORDS && counts.shouted / counts.content > SHOUTED_SHARE;
}

function headlineCounts(
  counts: { content: number; shouted: number; lowercase: number },
  endsLikeSentence: boolean,
): boolean {
  const { content, lowercase } = counts;
  if (content === 0) return true;
  if (shoutedCounts(counts)) return true;
  if (content > HEADLINE_MAX_WORDS || content < HEADLINE_MIN_WORDS) return false;
  if (endsLikeSentence) return lowercase === 0;
  return lowercase <= Math.max(1, content * HEADLINE_LOWERCASE_SHARE);
}

/** True for all-caps lines ("BREAKING: …"), where "IS" or "US" may be plain words. */
export function isShouted(tokens: readonly Token[]): boolean {
  return shoutedCounts(contentCounts(tokens));
}

/**
 * True for headline-case or all-caps lines, where capitals say nothing about names. A line that ends
 * like a sentence (".", "?") is a sentence full of names, unless every content word is capitalised.
 */
export function isHeadlineLike(tokens: readonly Token[], endsLikeSentence = false): boolean {
  return headlineCounts(contentCounts(tokens), endsLikeSentence);
}

/** `isShouted` and `isHeadlineLike` of one line, from one pass over its tokens. */
export function lineShape(
  tokens: readonly Token[],
  endsLikeSentence: boolean,
): { shouted: boolean; headline: boolean } {
  const counts = contentCounts(tokens);
  return { shouted: shoutedCounts(counts), headline: headlineCounts(counts, endsLikeSentence) };
}

/** A word that ends an organisation name (as a trailing head); leading-only heads do not. */
function isHead(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    HEAD_WORD_KINDS.has(token.text) &&
    !LEADING_ONLY_HEAD_WORDS.has(token.text)
  );
}

function isNameWord(token: Token): boolean {
  return token.capitalised && !NOT_NAME_WORDS.has(token.fold);
}

/** "People's", "Workers'": a possessive that belongs inside a name rather than before it. */
function isNamePossessive(token: Token): boolean {
  return PLURAL_POSSESSIVE.test(token.text) || COLLECTIVE_POSSESSIVES.has(token.fold);
}

/**
 * Names in one paragraph. `blocked[i]` marks tokens already claimed (knowledge-base matches).
 * `isCountryWord` tells national armies from other "… Army" names. `headlineLike` may be passed
 * when the caller has it already.
 */
export function findOrganisationNames(
  tokens: readonly Token[],
  blocked: readonly boolean[],
  isCountryWord: (word: string) => boolean,
  endsLikeSentence = false,
  headlineLike = isHeadlineLike(tokens, endsLikeSentence),
): OrganisationName[] {
  const found: OrganisationName[] = [];
  if (headlineLike) return found;
  let i = 0;
  while (i < tokens.length) {
    const name = nameStartingAt(tokens, blocked, i, isCountryWord);
    if (name && !isCommonNounPhrase(tokens, name.first, name.last)) {
      found.push(name);
      i = name.last + 1;
    } else if (name || followsIndefiniteArticle(tokens, i)) {
      // Skip the whole capitalised phrase, so that its tail is not read as a name either.
      i++;
      while (i < tokens.length && tokens[i]?.joined && tokens[i]?.capitalised) i++;
    } else {
      i++;
    }
  }
  return found;
}

/** "Securities and Exchange Commission": take back "<Name> and" when a name was cut at "and". */
function startBeforeAnd(
  tokens: readonly Token[],
  blocked: readonly boolean[],
  start: number,
): number {
  const and = tokens[start - 1];
  const before = tokens[start - 2];
  if (!and || !before || !tokens[start]?.joined || !and.joined || blocked[start - 2]) return start;
  if ((and.fold !== 'and' && and.text !== '&') || !isNameWord(before) || before.possessive)
    return start;
  // "SBI and ICICI Bank": an acronym before "and" is a name of its own.
  if (before.allCaps) return start;
  // "Ian Byrne and Interior Ministry": a word before "and" that ends a longer run is another name.
  const prior = tokens[start - 3];
  if (prior && before.joined && prior.capitalised && !prior.allCaps) return start;
  if (before.sentenceStart && SENTENCE_INITIAL_WORDS.has(before.fold)) return start;
  return start - 2;
}

/** Scans a capitalised run from `start` up to its head word; null when no name starts here. */
function nameStartingAt(
  tokens: readonly Token[],
  blocked: readonly boolean[],
  start: number,
  isCountryWord: (word: string) => boolean,
): OrganisationName | null {
  const first = tokens[start];
  if (!first || blocked[start] || !isNameWord(first)) return null;
  if (first.sentenceStart && SENTENCE_INITIAL_WORDS.has(first.fold)) return null;
  if (first.fold === 'the') return null;
  const leadingHead = HEAD_WORD_KINDS.has(first.text) && LEADING_HEAD_WORDS.has(first.text);
  // Walk modifiers up to the first head word.
  let head = start;
  while (!isHead(tokens[head])) {
    const token = tokens[head];
    if (!token) return null;
    if (leadingHead && head === start) break;
    if (token.possessive && !isNamePossessive(token)) return null;
    const next = tokens[head + 1];
    if (!next || !next.joined || blocked[head + 1] || !isNameWord(next)) return null;
    head++;
    if (head - start > MAX_MODIFIERS) return null;
  }
  const firstHead = head;
  // A run of head words ("Guard Corps") ends at the last of them.
  while (
    head - start <= MAX_MODIFIERS &&
    !tokens[head]?.possessive &&
    isHead(tokens[head + 1]) &&
    tokens[head + 1]?.joined &&
    !blocked[head + 1]
  ) {
    head++;
  }
  const modifiers = tokens.slice(start, firstHead);
  const last = extension(tokens, blocked, head);
  const hasExtension = last > head;
  if (modifiers.length === 0 && !(hasExtension && leadingHead)) return null;
  // "U.S. Attorney's Office for …": a generic head ("Office", "Centre") owned by a capitalised
  // possessive is only the tail of the real name ("Korea's Ministry of Trade" is kept).
  const owner = tokens[start - 1];
  const generic = LEADING_ONLY_HEAD_WORDS.has(first.text);
  if (generic && modifiers.length === 0 && first.joined && owner?.possessive && owner.capitalised) {
    return null;
  }
  if (!nameEndsHere(tokens, last)) return null;
  const headToken = tokens[head];
  if (!headToken || (headToken.hyphenated && modifiers.length === 1)) return null;
  if (modifiers.length === 1 && COMPASS_WORDS.has(modifiers[0]?.fold ?? '')) return null;
  const from = startBeforeAnd(tokens, blocked, start);
  if (NOT_GROUP_NAMES.has(tokensText(tokens, from, last))) return null;
  const kind = kindOfHead(
    headToken.text,
    tokens.slice(from, firstHead).map((m) => m.text),
    isCountryWord,
  );
  return { first: from, last, kind };
}

/**
 * False when the capitalised run goes on after the candidate name ("Michoud Assembly Facility",
 * "San Diego Union-Tribune"): the head word is then part of a longer, non-organisation name.
 * Titles after it ("Party Chairman") do not count.
 */
function nameEndsHere(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.possessive) return true;
  const next = tokens[last + 1];
  if (!next || !next.joined) return true;
  return !(
    next.capitalised &&
    !next.allCaps &&
    !NOT_NAME_WORDS.has(next.fold) &&
    !HEAD_WORD_KINDS.has(next.text)
  );
}

/**
 * "posing as a Tax Preparation Service and …": after "a"/"an", a title-case phrase is a description,
 * not a name, unless it qualifies the next noun ("a Democratic Party official").
 */
function followsIndefiniteArticle(tokens: readonly Token[], index: number): boolean {
  const article = tokens[index - 1];
  const token = tokens[index];
  return (
    article !== undefined &&
    INDEFINITE_ARTICLES.has(article.fold) &&
    token?.joined === true &&
    token.capitalised
  );
}

function isCommonNounPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (!followsIndefiniteArticle(tokens, first)) return false;
  const next = tokens[last + 1];
  const qualifiesNoun =
    next !== undefined && next.joined && !next.capitalised && !NAME_CONNECTORS.has(next.fold);
  return !qualifiesNoun;
}

function tokensText(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.fold)
    .join(' ');
}

/** Last token of "of/for + capitalised words" after the head word, or the head itself. */
function extension(tokens: readonly Token[], blocked: readonly boolean[], head: number): number {
  if (tokens[head]?.possessive) return head;
  let i = head + 1;
  const connector = tokens[i];
  if (!connector || !connector.joined || !EXTENSION_CONNECTORS.has(connector.fold)) return head;
  i++;
  if (tokens[i] && tokens[i]?.joined && ARTICLE_CONNECTORS.has(tokens[i]?.fold ?? '')) i++;
  let last = head;
  while (i < tokens.length && i - head <= MAX_EXTENSION_TOKENS) {
    const token = tokens[i];
    if (!token || !token.joined || blocked[i]) break;
    if (isNameWord(token)) {
      last = i;
      if (token.possessive) break;
    } else if (EXTENSION_CONJUNCTIONS.has(token.fold) || token.text === '&') {
      const next = tokens[i + 1];
      if (!next || !next.joined || blocked[i + 1] || !isNameWord(next)) break;
    } else if (!(EXTENSION_CONNECTORS.has(token.fold) || ARTICLE_CONNECTORS.has(token.fold))) {
      break;
    }
    i++;
  }
  return last;
}
