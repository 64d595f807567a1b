// Whether a figure's source is itself a side in the events it reports: an armed group or a
// military about its fighting, a government or a ministry about its own actions, a party, a company
// about itself. Such a source makes a claim, not an independent report, and the reader is told
// "Claimed by …". Found from the groups the article names (their kinds come from the knowledge
// base or the name's head word) and, for a source named by its role ("army spokesperson", "the
// company"), from the role's noun.

import type { ReportEntity, ReportFigure } from '../report';
import { anyLanguage } from './lexicon';

/** Kinds of group that are a side in what they report about themselves. */
const PARTY_KINDS = new Set([
  'armed group',
  'military',
  'government',
  'government body',
  'political party',
  'company',
  'agency',
]);
const PARTY_ROLE_WORDS = anyLanguage('partyRoleWords');
/** Bodies that count and report rather than act: never a side by their kind alone. */
const INDEPENDENT_WORDS =
  /\b(?:statistics|statistical|census|audit|auditor|ombudsman|inspector|court|judge|tribunal|observatory|bureau of labor|budget office|health organi[sz]ation)\b/iu;
const WORD = /[\p{L}\p{N}'’-]+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/u, ''));
}

/** True when `name` appears in `source` as whole words. */
function mentions(source: string, name: string): boolean {
  const haystack = ` ${words(source).join(' ')} `;
  const needle = words(name).join(' ');
  return needle !== '' && haystack.includes(` ${needle} `);
}

/**
 * True when `source` is the opening words of `name`, capitalised: a short form the article uses
 * after the full name ("Alden" for Alden Capital, "McClatchy" for McClatchy Co.).
 */
function opens(source: string, name: string): boolean {
  if (!/^\p{Lu}/u.test(source.trim())) return false;
  const short = words(source).join(' ');
  const full = words(name).join(' ');
  return short !== '' && short !== full && full.startsWith(`${short} `);
}

function isParty(source: string, entities: readonly ReportEntity[]): boolean {
  if (INDEPENDENT_WORDS.test(source)) return false;
  const named =
    entities.find((e) => [e.name, ...e.aliases].some((n) => mentions(source, n))) ??
    entities.find((e) => [e.name, ...e.aliases].some((n) => opens(source, n)));
  if (named !== undefined) return PARTY_KINDS.has(named.kind);
  return words(source).some((w) => PARTY_ROLE_WORDS.has(w));
}

/** Sets `party` on every attributed figure with a named source (vague sources are left unmarked). */
export function markParties(figures: ReportFigure[], entities: readonly ReportEntity[]): void {
  for (const figure of figures) {
    if (!figure.attributed || figure.source === null || figure.vague === true) continue;
    figure.party = isParty(figure.source, entities);
  }
}
