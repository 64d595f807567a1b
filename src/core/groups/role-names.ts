// Organisations named by someone's role in them: "an analyst at Gartner", "the chief executive of
// Dashlane", "a spokeswoman for the Pentagon", "a reporter for Eurogamer". News introduces people by
// the body they work for; the words after the role are that body, when they are a capitalised name
// and not a place ("president of France" names a country). English.

import { COUNTRY_WORDS } from './countries';
import type { Token } from './tokens';

/** Roles held in an organisation (the last word of a role phrase). */
const ROLES = new Set(
  (
    'ceo cfo coo cto founder cofounder co-founder president chairman chairwoman chair director ' +
    'manager head spokesperson spokesman spokeswoman analyst analysts economist economists ' +
    'researcher researchers professor scientist scientists engineer engineers editor reporter ' +
    'correspondent writer columnist lawyer attorney partner employee employees staffer staff ' +
    'executive executives officer owner owners coach investor investors strategist fellow ' +
    'representative representatives member members lobbyist consultant'
  ).split(' '),
);
const LINKS = new Set(['at', 'of', 'for', 'with']);
const ARTICLES = new Set(['the']);
/** Words that may sit inside the name ("Bank of America", "Museum of Neon Art"). */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de']);
const MAX_NAME_TOKENS = 6;

export interface RoleName {
  first: number;
  last: number;
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised && !/^\p{N}/u.test(token.text);
}

/** Names of bodies someone is said to work for, in one paragraph. `blocked[i]`: taken already. */
export function findRoleNames(tokens: readonly Token[], blocked: readonly boolean[]): RoleName[] {
  const found: RoleName[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const role = tokens[i];
    if (!role || !ROLES.has(role.fold) || !LINKS.has(tokens[i + 1]?.fold ?? '')) continue;
    let first = i + 2;
    if (ARTICLES.has(tokens[first]?.fold ?? '') && !tokens[first]?.capitalised) first += 1;
    if (!isNameWord(tokens[first]) || blocked[first] || !tokens[first]?.joined) continue;
    let last = first;
    while (last - first + 1 < MAX_NAME_TOKENS) {
      const next = tokens[last + 1];
      if (!next?.joined || blocked[last + 1] || tokens[last]?.possessive) break;
      if (isNameWord(next)) last += 1;
      else if (
        CONNECTORS.has(next.fold) &&
        isNameWord(tokens[last + 2]) &&
        tokens[last + 2]?.joined
      )
        last += 2;
      else break;
    }
    const words = tokens
      .slice(first, last + 1)
      .map((t) => t.fold)
      .join(' ');
    if (COUNTRY_WORDS.has(words)) continue;
    found.push({ first, last });
    i = last;
  }
  return found;
}
