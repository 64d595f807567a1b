// Institutions named in the lower case: "the Communist party", "the Hong Kong government", "the
// Chinese foreign ministry", "Hong Kong's legislative council", "the country's defence ministry",
// "the city's police". A capitalised owner (a place, a people, a movement) or a possessive "the
// country's" before an institution noun picks out one body; a bare "the party" does not. English.

import { COUNTRY_WORDS } from './countries';
import type { Token } from './tokens';

/** Institution nouns and the kind each names. */
const HEADS: ReadonlyMap<string, string> = new Map([
  ['party', 'political party'],
  ['government', 'government'],
  ['administration', 'government'],
  ['ministry', 'government body'],
  ['department', 'government body'],
  ['council', 'government body'],
  ['parliament', 'government body'],
  ['legislature', 'government body'],
  ['senate', 'government body'],
  ['assembly', 'government body'],
  ['court', 'government body'],
  ['commission', 'government body'],
  ['regulator', 'government body'],
  ['police', 'police'],
  ['army', 'military'],
  ['military', 'military'],
  ['navy', 'military'],
  ['junta', 'government'],
]);
/** Words that may stand between the owner and the head: "foreign ministry", "legislative council". */
const MODIFIERS = new Set(
  (
    'foreign defence defense interior home health finance justice education trade economy ' +
    'economic information legislative national federal state regional provincial municipal city ' +
    'local supreme high constitutional central military transitional ruling opposition armed ' +
    'security border riot traffic metropolitan'
  ).split(' '),
);
/** "the country's defence ministry": owners written as a possessive common noun. */
const POSSESSIVE_OWNERS = new Set([
  'country',
  'nation',
  'state',
  'city',
  'region',
  'province',
  'island',
  'kingdom',
  'territory',
]);
/** Capitalised words that are not owners: titles, days, sentence openers. */
const NOT_OWNERS = new Set(
  'the a an this that his her their its our my mr mrs ms dr president prime minister monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const MAX_MODIFIERS = 2;
const MAX_OWNER_WORDS = 3;

export interface LowerCaseInstitution {
  first: number;
  last: number;
  kind: string;
}

function isOwnerWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.capitalised &&
    !NOT_OWNERS.has(token.fold) &&
    !(token.sentenceStart && !COUNTRY_WORDS.has(token.fold))
  );
}

/** Institutions one paragraph names in the lower case. `blocked[i]`: token i is already a name's. */
export function findLowerCaseInstitutions(
  tokens: readonly Token[],
  blocked: readonly boolean[],
): LowerCaseInstitution[] {
  const found: LowerCaseInstitution[] = [];
  tokens.forEach((token, head) => {
    const kind = HEADS.get(token.fold);
    if (kind === undefined || token.capitalised || blocked[head]) return;
    let first = head;
    while (
      first > 0 &&
      head - first < MAX_MODIFIERS &&
      MODIFIERS.has(tokens[first - 1]?.fold ?? '') &&
      !tokens[first - 1]?.capitalised &&
      tokens[first]?.joined
    ) {
      first -= 1;
    }
    const before = tokens[first - 1];
    if (before === undefined || !tokens[first]?.joined || blocked[first - 1]) return;
    // "the country's defence ministry": the name is the institution's own words.
    if (before.possessive && POSSESSIVE_OWNERS.has(before.fold)) {
      if (first === head && (kind === 'political party' || kind === 'government')) return;
      found.push({ first, last: head, kind });
      return;
    }
    // "the Communist party", "Hong Kong's legislative council", "the Chinese foreign ministry".
    if (!isOwnerWord(before)) return;
    let owner = first - 1;
    while (
      owner > 0 &&
      first - owner < MAX_OWNER_WORDS &&
      isOwnerWord(tokens[owner - 1]) &&
      tokens[owner]?.joined &&
      !blocked[owner - 1] &&
      !tokens[owner - 1]?.possessive
    ) {
      owner -= 1;
    }
    found.push({ first: owner, last: head, kind });
  });
  return found;
}
