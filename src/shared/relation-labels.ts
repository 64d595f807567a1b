// The words a group card (popup) or a group's entry (CLI) puts before the groups it is related to,
// one message per relation of the vocabulary (src/core/groups/relations.ts). Each reads from the
// card's own group: "Armed wing of Hamas" on the Qassam Brigades' card, "Armed wing: Qassam
// Brigades" on Hamas's.
import { isRelation, type Relation } from '../core/groups/relations';
import type { MessageKey } from './i18n';
import type { Words } from './reasons';

const RELATION_LABELS: Readonly<Record<Relation, MessageKey>> = {
  'armed wing of': 'relationArmedWingOf',
  'has armed wing': 'relationHasArmedWing',
  'part of': 'relationPartOf',
  includes: 'relationIncludes',
  'member of': 'relationMemberOf',
  'has member': 'relationHasMember',
  'affiliate of': 'relationAffiliateOf',
  'has affiliate': 'relationHasAffiliate',
  'commanded by': 'relationCommandedBy',
  commands: 'relationCommands',
  'led by': 'relationLedBy',
  leads: 'relationLeads',
  'owned by': 'relationOwnedBy',
  owns: 'relationOwns',
  'funded by': 'relationFundedBy',
  funds: 'relationFunds',
  'authorised by': 'relationAuthorisedBy',
  authorises: 'relationAuthorises',
  'successor of': 'relationSuccessorOf',
  'predecessor of': 'relationPredecessorOf',
  'allied with': 'relationAlliedWith',
  'rival of': 'relationRivalOf',
};

/** The label for a relation; a relation outside the vocabulary (an older report) reads "Linked to:". */
export function relationLabel(w: Words, relation: string | undefined): string {
  return w.t(isRelation(relation) ? RELATION_LABELS[relation] : 'linkedTo');
}
