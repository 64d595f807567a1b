// Whether a source is unnamed: "officials", "sources", "witnesses", "local media", "reports"
// with no proper name beside them. Decision: witnesses and residents count as vague too; a
// named body ("US officials", "the health commission") is not vague.

import { anyLanguage } from '../lexicon';
import { VAGUE_HEADS } from './cues';
import type { Token } from '../tokens';
import type { PhraseSpan } from './noun-phrase';

const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const UNNAMED_LEADS = anyLanguage('unnamedLeads');

const DEFINITE_LEADS = anyLanguage('definiteLeads');
const POINTING_HEADS = anyLanguage('pointingHeads');

export function isVagueSource(tokens: readonly Token[], span: PhraseSpan): boolean {
  let head: Token | undefined;
  for (let i = span.end - 1; i >= span.first; i -= 1) {
    const token = tokens[i];
    if (token?.word === true) {
      head = token;
      break;
    }
  }
  if (head === undefined || !VAGUE_HEADS.has(head.lower)) return false;
  // "the report", "the study" point back to a named one; "the man" stays unnamed.
  const lead = tokens[span.first]?.lower ?? '';
  const before = tokens[span.first - 1]?.lower ?? '';
  const definite = DEFINITE_LEADS.has(lead) || DEFINITE_LEADS.has(before);
  if (definite && POINTING_HEADS.has(head.lower)) return false;
  for (let i = span.first; i < span.end; i += 1) {
    const token = tokens[i];
    if (token === undefined || !token.word || token === head) continue;
    // At the sentence start a capital proves nothing ("Local media"), unless it is an acronym ("US").
    const named = i > 0 ? CAPITALISED.test(token.text) : ACRONYM.test(token.text);
    if (named && (ACRONYM.test(token.text) || !UNNAMED_LEADS.has(token.lower))) return false;
  }
  return true;
}

/** Articles left out of a vague source's text ("the officials" → "officials"). */
const LEADING_ARTICLE = /^(?:the|a|an|le|la|les|l['’]|un|une|des)\s+/iu;

/**
 * The words that name unnamed speakers, as the reader should see them: "officials",
 * "local residents", "one user on Weibo". An article is left out; the rest is as written.
 */
export function vagueSourceText(written: string): string {
  return written.replace(LEADING_ARTICLE, '').trim();
}
