// Words that make a capitalised phrase the name of an organisation ("… Command", "… Party",
// "Ministry of …"), with the kind each suggests. Kinds stay cautious: a head word only says
// "armed group" when it rarely names anything else (Militia, Brigade); "Front" or "Movement" can be
// parties, so they say "organisation".

import { UNKNOWN_GROUP_KIND } from './types';

const MILITARY = 'military';
const ARMED_GROUP = 'armed group';
const GOVERNMENT_BODY = 'government body';
const PARTY = 'political party';
const COMPANY = 'company';
const UNIVERSITY = 'university';

/** Head word (as written, title case) → kind. */
export const HEAD_WORD_KINDS: ReadonlyMap<string, string> = new Map([
  ['Command', MILITARY],
  ['Forces', MILITARY],
  ['Army', MILITARY],
  ['Corps', MILITARY],
  ['Guard', MILITARY],
  ['Regiment', MILITARY],
  ['Battalion', ARMED_GROUP],
  ['Battalions', ARMED_GROUP],
  ['Brigade', ARMED_GROUP],
  ['Brigades', ARMED_GROUP],
  ['Militia', ARMED_GROUP],
  ['Militias', ARMED_GROUP],
  ['Front', UNKNOWN_GROUP_KIND],
  ['Movement', UNKNOWN_GROUP_KIND],
  ['Movements', UNKNOWN_GROUP_KIND],
  ['Committees', GOVERNMENT_BODY],
  ['Unions', UNKNOWN_GROUP_KIND],
  ['Groups', UNKNOWN_GROUP_KIND],
  ['Party', PARTY],
  ['Council', GOVERNMENT_BODY],
  ['Ministry', GOVERNMENT_BODY],
  ['Department', GOVERNMENT_BODY],
  ['Directorate', GOVERNMENT_BODY],
  ['Bureau', GOVERNMENT_BODY],
  ['Commission', GOVERNMENT_BODY],
  ['Committee', GOVERNMENT_BODY],
  ['Authority', GOVERNMENT_BODY],
  ['Assembly', GOVERNMENT_BODY],
  ['Police', GOVERNMENT_BODY],
  ['Gendarmerie', GOVERNMENT_BODY],
  ['Service', GOVERNMENT_BODY],
  ['Centre', UNKNOWN_GROUP_KIND],
  ['Center', UNKNOWN_GROUP_KIND],
  ['Office', GOVERNMENT_BODY],
  ['Agency', 'agency'],
  // French names open with their head word ("Mouvement pour …", "Parti socialiste").
  ['Mouvement', UNKNOWN_GROUP_KIND],
  ['Parti', PARTY],
  ['Conseil', GOVERNMENT_BODY],
  ['Ministère', GOVERNMENT_BODY],
  ['Armée', MILITARY],
  ['Groupe', UNKNOWN_GROUP_KIND],
  ['Comité', UNKNOWN_GROUP_KIND],
  ['Agence', 'agency'],
  ['Coordination', UNKNOWN_GROUP_KIND],
  ['Union', UNKNOWN_GROUP_KIND],
  ['Alliance', UNKNOWN_GROUP_KIND],
  ['Coalition', UNKNOWN_GROUP_KIND],
  ['Group', UNKNOWN_GROUP_KIND],
  ['Organisation', UNKNOWN_GROUP_KIND],
  ['Organization', UNKNOWN_GROUP_KIND],
  ['Network', UNKNOWN_GROUP_KIND],
  ['Federation', UNKNOWN_GROUP_KIND],
  ['Association', UNKNOWN_GROUP_KIND],
  ['Institute', UNKNOWN_GROUP_KIND],
  ['Foundation', UNKNOWN_GROUP_KIND],
  ['Society', UNKNOWN_GROUP_KIND],
  ['Bank', COMPANY],
  ['Company', COMPANY],
  ['Corporation', COMPANY],
  ['Corp', COMPANY],
  ['Ltd', COMPANY],
  ['Inc', COMPANY],
  ['LLC', COMPANY],
  ['PLC', COMPANY],
  // Institutions and companies named by what they are ("Hong Kong Polytechnic University",
  // "Future Publishing", "Augme Technologies"). Not "Games" (the Olympic Games are an event).
  ['University', UNIVERSITY],
  ['College', UNIVERSITY],
  ['Academy', UNIVERSITY],
  ['School', UNIVERSITY],
  ['Hospital', UNKNOWN_GROUP_KIND],
  ['Museum', UNKNOWN_GROUP_KIND],
  ['Laboratory', UNKNOWN_GROUP_KIND],
  ['Laboratories', UNKNOWN_GROUP_KIND],
  ['Observatory', UNKNOWN_GROUP_KIND],
  ['League', UNKNOWN_GROUP_KIND],
  ['Club', UNKNOWN_GROUP_KIND],
  ['Holdings', COMPANY],
  ['Industries', COMPANY],
  ['Technologies', COMPANY],
  ['Systems', COMPANY],
  ['Motors', COMPANY],
  ['Airlines', COMPANY],
  ['Airways', COMPANY],
  ['Entertainment', COMPANY],
  ['Pharmaceuticals', COMPANY],
  ['Publishing', COMPANY],
  ['Studios', COMPANY],
  ['Records', COMPANY],
  ['Partners', COMPANY],
  ['Ventures', COMPANY],
  ['Labs', COMPANY],
  ['Software', COMPANY],
  ['Communications', COMPANY],
  ['Networks', COMPANY],
  ['Solutions', COMPANY],
  ['Enterprises', COMPANY],
  ['Brands', COMPANY],
  ['Foods', COMPANY],
  ['Electronics', COMPANY],
  ['Insurance', COMPANY],
]);

/** Head words that may also open a name when followed by "of"/"for" ("Ministry of Defence", "Army of …"). */
export const LEADING_HEAD_WORDS: ReadonlySet<string> = new Set([
  'Ministry',
  'Department',
  'Army',
  'Council',
  'Commission',
  'Committee',
  'Movement',
  'Front',
  'Party',
  'Union',
  'Bank',
  'Organisation',
  'Organization',
  'Federation',
  'Association',
  'Institute',
  'Coalition',
  'Alliance',
  'Group',
  'Brigade',
  'Brigades',
  'Bureau',
  'Directorate',
  'Agency',
  'Mouvement',
  'Parti',
  'Conseil',
  'Ministère',
  'Armée',
  'Groupe',
  'Comité',
  'Agence',
  'Coordination',
  'Centre',
  'Center',
  'Office',
]);

/** Words that name an organisation only when they open its name ("Centre for Disease Control", "Office of …"). */
export const LEADING_ONLY_HEAD_WORDS: ReadonlySet<string> = new Set([
  'Centre',
  'Center',
  'Office',
  'Coordination',
  'Mouvement',
  'Parti',
  'Conseil',
  'Ministère',
  'Armée',
  'Groupe',
  'Comité',
  'Agence',
]);

/** Modifiers after which "Forces" names a national military rather than an armed group. */
const NATIONAL_FORCES_MODIFIERS = new Set([
  'armed',
  'defence',
  'defense',
  'special',
  'air',
  'naval',
]);

/** Heads that name a state body only when a public modifier says so ("National Assembly", but "Lancet Commission"). */
const PUBLIC_BODY_HEADS = new Set([
  'Council',
  'Commission',
  'Committee',
  'Committees',
  'Authority',
  'Assembly',
  'Service',
  'Office',
  'Conseil',
]);

/** Modifiers that make a council, commission or service a state body. */
const PUBLIC_MODIFIERS = new Set(
  (
    'national federal state house senate parliamentary congressional presidential electoral ' +
    'security intelligence public supreme constitutional municipal city county regional ' +
    'provincial governing transitional military police civil judicial standing select ' +
    'independent foreign interior defence defense justice health education finance treasury'
  ).split(' '),
);

/**
 * Kind suggested by a name's head word. "Army"/"Forces" are a military when a country word or a
 * national modifier precedes them ("Malian Army"); otherwise ("Arakan Army", "Salvation Army") the
 * head alone cannot tell an armed group from a charity, so the kind stays "organisation". Likewise
 * a council or commission is a government body only with a public modifier or a country word.
 */
export function kindOfHead(
  head: string,
  modifiers: readonly string[],
  isCountryWord: (w: string) => boolean,
): string {
  const kind = HEAD_WORD_KINDS.get(head) ?? UNKNOWN_GROUP_KIND;
  const lower = modifiers.map((m) => m.toLowerCase());
  if (PUBLIC_BODY_HEADS.has(head)) {
    const isPublic = lower.some((m) => isCountryWord(m) || PUBLIC_MODIFIERS.has(m));
    return isPublic ? kind : UNKNOWN_GROUP_KIND;
  }
  if (head !== 'Army' && head !== 'Forces') return kind;
  const national = lower.some((m) => isCountryWord(m) || NATIONAL_FORCES_MODIFIERS.has(m));
  return national || modifiers.length === 0 ? MILITARY : UNKNOWN_GROUP_KIND;
}
