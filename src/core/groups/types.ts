// Types of the group knowledge base (the JSON files under ./knowledge-base/) and of the entities the
// group finder reports. Kept apart from the loader so tests can build a small KB without the JSON.

import type { ReportEntity } from '../report';
import type { Relation } from './relations';
import type { NameTagger } from './tagger';

/** Every kind a knowledge-base entry may have. */
export const GROUP_KINDS = [
  'armed group',
  'military',
  'government',
  'government body',
  'intergovernmental organisation',
  'UN mission',
  'political party',
  'agency',
  'company',
  'NGO',
  'media',
  'university',
  'sports body',
  'sports team',
] as const;

export type GroupKind = (typeof GROUP_KINDS)[number];

/** Kind given to a group found in the text but absent from the knowledge base, when no head word says more. */
export const UNKNOWN_GROUP_KIND = 'organisation';

export interface KnowledgeBaseAffiliation {
  /** Slug of another entry. */
  id: string;
  /** How the entry stating it relates to that entry ("affiliate of"), from the closed list in relations.ts. */
  relation: Relation;
}

/** Something outside the knowledge base that a shared alias also stands for ("Advanced Encryption Standard" for AES). */
export interface OtherMeaning {
  meaning: string;
  /** Words and phrases that, found in an article, point to this meaning. */
  context: string[];
}

/**
 * Aliases that name this entry and other entries too ("RSF"), or that also stand for something outside
 * the knowledge base ("AES"): they give a card only when the article's words point to this entry.
 */
export interface SharedAlias {
  /** Spellings of the alias ("al-Shabab", "Shabaab"); all share the context below. */
  aliases: string[];
  /** Words and phrases that, found in an article, point to this entry ("Darfur", "paramilitary"). */
  context: string[];
  otherMeanings?: OtherMeaning[];
}

/** A public reference an entry's facts were checked against (see docs/KNOWLEDGE-BASE.md). */
export interface KnowledgeBaseSource {
  url: string;
  title: string;
  /** ISO date (YYYY-MM-DD) the page was published or updated, when it says. */
  date?: string;
}

export interface KnowledgeBaseEntry {
  /** Stable slug ("jnim"). */
  id: string;
  wikidata: string | null;
  name: string;
  /** Other names (English and French), acronyms included, that name this entry alone. */
  aliases: string[];
  /** Names this entry shares with others; see SharedAlias. */
  sharedAliases?: SharedAlias[];
  /**
   * Everyday names that are also ordinary words or names ("Apple", "Congress", "Browns"): a
   * mention counts only where the learned name tagger reads it as an organisation.
   */
  contextAliases?: string[];
  kind: GroupKind;
  summary: string;
  affiliations: KnowledgeBaseAffiliation[];
  /** https://en.wikipedia.org/wiki/… */
  wikipedia: string;
  /** ISO 3166-1 alpha-2 code of the country the group belongs to, or null. */
  country: string | null;
  /** ISO date (YYYY-MM-DD) the entry's facts were last checked; absent while it awaits review. */
  asOf?: string;
  /** One to three references the facts were checked against; absent while it awaits review. */
  sources?: KnowledgeBaseSource[];
}

export type KnowledgeBase = readonly KnowledgeBaseEntry[];

/** A reported group: the Report entity plus its Wikidata QID when the knowledge base knows it. */
export interface GroupEntity extends ReportEntity {
  wikidata?: string | null;
}

export interface FindGroupsOptions {
  /** Article language ("en", "fr-FR"…), or null when unknown. */
  lang: string | null;
  /** Paragraph indexes to ignore (repeats hidden in the page). */
  skip?: ReadonlySet<number>;
  /** The learned name tagger (./tagger); without it only the knowledge base and the rules find names. */
  tagger?: NameTagger;
  /** The tagger's names are kept from this margin up (default: thresholds.ts; the trainer sweeps it). */
  taggerMinMargin?: number;
}
