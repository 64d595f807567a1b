// Names a sentence mentions (runs of capitalised words, "Col. Souleymane Dembele", "Ministry of
// Trade, Industry and Energy" up to the comma), kept so that a later "he", "the group" or a bare
// surname can be resolved to the fullest name the article gave.

import { anyLanguage } from '../lexicon';
import { ORGANISATION_WORDS, PERSON_WORDS } from './cues';
import type { Token } from '../tokens';

export interface Mention {
  text: string;
  paragraph: number;
  /** Token index where the mention ends in its sentence (for same-sentence lookups). */
  end: number;
  person: boolean;
  organisation: boolean;
  /**
   * The name opens its sentence (or a clause after a quote), or speaks in a reporting frame: the
   * positions a later "he" or "she" most often points back to.
   */
  salient?: boolean;
  /** The document the name wrote, when the sentence says so ("a report by X" → "report"). */
  document?: string;
}

/** Longest name run kept, in tokens. */
const MAX_NAME_TOKENS = 10;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]+$/u;
const NAME_CONNECTORS = anyLanguage('nameConnectors');
const NAME_LEADS = anyLanguage('nameLeads');
const ARTICLES = anyLanguage('articles');
const POINTING_HEADS = anyLanguage('pointingHeads');
const DOCUMENT_LINKS = anyLanguage('documentLinks');
const NUMBER = /^\p{N}/u;

/** "a recent report by the X": the document noun before the name and its link word, if any. */
function documentBefore(tokens: readonly Token[], first: number): string | undefined {
  let k = first - 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k -= 1;
  if (!DOCUMENT_LINKS.has(tokens[k]?.lower ?? '')) return undefined;
  const noun = tokens[k - 1]?.lower ?? '';
  return POINTING_HEADS.has(noun) ? noun : undefined;
}

/** CAPITALISED on a token, with ASCII (upper case A-Z only) decided without the regex. */
function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITALISED.test(text);
}

/** A capitalised word token: what a name is made of. */
export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && isCapitalised(token.text);
}

function classify(
  tokens: readonly Token[],
  first: number,
  end: number,
): { person: boolean; organisation: boolean } {
  let organisation = false;
  let title = false;
  let words = 0;
  for (let i = first; i < end; i += 1) {
    const token = tokens[i];
    if (token === undefined || !token.word) continue;
    words += 1;
    if (ORGANISATION_WORDS.has(token.lower) || ACRONYM.test(token.text)) organisation = true;
    if (PERSON_WORDS.has(token.lower)) title = true;
  }
  const person = title || (!organisation && words >= 2 && words <= 4);
  return { person, organisation: organisation && !title };
}

/** Punctuation after which a name opens a clause ('“…,” Stafford said', '. Smith'). */
const CLAUSE_OPENERS = new Set(['"', '“', '”', ',', '.', ';', ':', '—', '–', '(']);

function opensClause(tokens: readonly Token[], first: number): boolean {
  if (first === 0) return true;
  const previous = tokens[first - 1];
  return previous !== undefined && !previous.word && CLAUSE_OPENERS.has(previous.text);
}

const ASIDE_MARKS = new Set([',', '—', '–']);

/**
 * "Tommy — who goes by his first name —", "Tommy, who retired at 51,": a lone word opening the
 * sentence is a person's name when a "who" clause follows it (else it may be any capitalised word).
 */
function isDescribedPerson(tokens: readonly Token[], end: number): boolean {
  return ASIDE_MARKS.has(tokens[end]?.text ?? '') && tokens[end + 1]?.lower === 'who';
}

/** Capitalised runs of a sentence, with an optional lower-case role word just before them. */
export function mentionsOf(
  sentence: string,
  tokens: readonly Token[],
  paragraph: number,
): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]) || NAME_LEADS.has(tokens[i]?.lower ?? '')) {
      i += 1;
      continue;
    }
    const first = i;
    let end = i + 1;
    while (end < tokens.length && end - first < MAX_NAME_TOKENS) {
      const token = tokens[end];
      if (isNameWord(token)) end += 1;
      else if (
        token?.text === '.' &&
        PERSON_WORDS.has(tokens[end - 1]?.lower ?? '') &&
        isNameWord(tokens[end + 1])
      )
        end += 1;
      else if (NAME_CONNECTORS.has(token?.lower ?? '') && isNameWord(tokens[end + 1])) end += 1;
      else if (token?.text === '(' && tokens[end + 2]?.text === ')' && isNameWord(tokens[end + 1]))
        end += 3;
      else break;
    }
    // "the Islamic State group", "the Red Cross society": a trailing organisation word joins.
    if (
      ORGANISATION_WORDS.has(tokens[end]?.lower ?? '') &&
      tokens[end]?.text === tokens[end]?.lower
    )
      end += 1;
    const single = end - first === 1;
    const described = single && first === 0 && isDescribedPerson(tokens, end);
    // "3.7 GW", "600 MW": a unit after a number names no one.
    const unit = single && NUMBER.test(tokens[first - 1]?.text ?? '');
    if (unit) {
      i = end;
      continue;
    }
    if (!(single && first === 0 && !ACRONYM.test(tokens[first]?.text ?? '')) || described) {
      const start = tokens[first]?.start ?? 0;
      const stop = tokens[end - 1]?.end ?? 0;
      const kind = classify(tokens, first, end);
      const document = documentBefore(tokens, first);
      mentions.push({
        text: sentence.slice(start, stop),
        paragraph,
        end,
        person: kind.person || described,
        organisation: kind.organisation && !described,
        salient: opensClause(tokens, first),
        ...(document !== undefined ? { document } : {}),
      });
    }
    i = end;
  }
  return mentions;
}
