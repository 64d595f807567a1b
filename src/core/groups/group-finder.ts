// The group finder: one knowledge base indexed once, then any number of articles scanned.
// Per article, pass 1 finds knowledge-base names (aliases and national phrases such as "the Malian
// army"), acronym definitions and unknown organisation names; pass 2 counts every mention, including
// bare acronyms and names defined by the article itself. All the ways one group is named merge into
// one entity, listed in order of first mention.

import { findAcronymDefinitions } from './acronym-definitions';
import { aliasKey } from './alias-key';
import { AliasTrie, type AliasMatch } from './alias-trie';
import { CardRelations } from './card-relations';
import { COUNTRY_WORDS } from './countries';
import {
  HEAD_WORD_KINDS,
  LEADING_HEAD_WORDS,
  LEADING_ONLY_HEAD_WORDS,
  kindOfHead,
} from './head-words';
import { nationalPhrases, type NationalKind } from './national-phrases';
import { findLowerCaseInstitutions } from './lower-case-institutions';
import { CountryContextNames } from './country-context-names';
import { findCreditNames } from './photo-credits';
import { contextFamilies, relatedContextNames } from './related-context-names';
import { findRoleNames } from './role-names';
import { findOrganisationNames, lineShape } from './organisation-names';
import { findArticleDescriptions, type ArticleDescription } from './article-descriptions';
import { findNameLists, unknownItemsOfOrganisationLists, type ListItem } from './list-items';
import type { TaggedName } from './tagger';
import {
  isOrganisationName,
  mergeWithRuleNames,
  tokenSpanOf,
  type TaggedNameContext,
} from './tagged-names';
import { SharedAliases } from './shared-aliases';
import { CONTEXT_ALIAS_MIN_MARGIN, TAGGER_MIN_MARGIN } from './thresholds';
import { foldKey, tokenize, type Token } from './tokens';
import {
  UNKNOWN_GROUP_KIND,
  type FindGroupsOptions,
  type GroupEntity,
  type KnowledgeBase,
  type KnowledgeBaseEntry,
} from './types';

/** Priority of a knowledge-base alias over a national phrase covering the same words. */
const ALIAS_PRIORITY = 0;
/** An everyday name ("Apple"), confirmed by the tagger, below every listed name. */
const CONTEXT_ALIAS_PRIORITY = 2;
const NATIONAL_PHRASE_PRIORITY = 1;
/** Names that say which entry is a country's main armed forces / government when it has several. */
const NATIONAL_NAME: Record<NationalKind, RegExp> = {
  military: /\b(?:armed forces|defen[cs]e forces|forces armées|military of)\b/i,
  government: /\b(?:government|gouvernement)\b/i,
};
/** Languages whose capitalisation the unknown-name rules understand. */
const CAPITALISATION_LANGUAGES = /^(?:en|fr)(?:[-_]|$)/i;
/** The learned tagger and the article's descriptions read English only. */
const ENGLISH = /^en(?:[-_]|$)/i;
/** Key prefix of groups the article introduces (the rest is the name's folded words). */
const NAME_KEY_PREFIX = 'name:';
/** A shorter name must keep at least this many words of the longer one to be read as the same group. */
const MIN_SHARED_WORDS = 1;
/** A paragraph ending like a sentence: final . ! ? possibly inside quotes or brackets. */
const SENTENCE_END = /[.!?…][\s"'”’»)\]]{0,3}$/u;
const APOSTROPHE_VARIANTS = /['’‘ʼ`]/g;
const SPACES = /\s+/g;

export interface GroupFinder {
  readonly knowledgeBase: KnowledgeBase;
  find(paragraphs: readonly string[], options: FindGroupsOptions): GroupEntity[];
  /** The entry with this slug or Wikidata QID. */
  lookup(id: string): KnowledgeBaseEntry | undefined;
}

/** A group named by the article: a knowledge-base entry, or a name the article itself introduces. */
interface ArticleGroup {
  key: string;
  entry: number | null;
  kind: string;
  /** Introduced in the lower case ("defence ministry"): its mentions need no capital. */
  lowerCase?: boolean;
}

interface Tally {
  group: ArticleGroup;
  /** Normalised surface → surface as first written. */
  surfaces: Map<string, string>;
  mentions: number;
  paragraphs: number[];
  order: [paragraph: number, offset: number];
}

interface ScannedParagraph {
  index: number;
  text: string;
  tokens: Token[];
  known: AliasMatch[];
  /** For each token, the index in `known` of the match covering it, or -1. */
  owner: Int32Array;
  /** Every match of an everyday name (contextAliases), confirmed or not. */
  everyday: readonly AliasMatch[];
  /** The paragraph ends like a sentence (see SENTENCE_END). */
  endsLikeSentence: boolean;
  /** A headline-case or all-caps line (see isHeadlineLike). */
  headline: boolean;
  /** Organisation names the learned tagger found in this paragraph (none without a tagger). */
  taggedOrganisations: TaggedName[];
  /** What the paragraph says named groups are (English only). */
  descriptions: ArticleDescription[];
  /** Everything the tagger found in the paragraph (people and places too). */
  tagged: readonly TaggedName[];
}

function isCountryWord(word: string): boolean {
  return COUNTRY_WORDS.has(word.toLowerCase());
}

function surfaceKey(surface: string): string {
  return surface
    .normalize('NFKC')
    .replace(APOSTROPHE_VARIANTS, "'")
    .replace(SPACES, ' ')
    .toLowerCase();
}

function tokensKey(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.fold)
    .join(' ');
}

function surfaceOf(paragraph: ScannedParagraph, first: number, last: number): string {
  const start = paragraph.tokens[first]?.start ?? 0;
  const end = paragraph.tokens[last]?.end ?? start;
  return paragraph.text.slice(start, end).replace(SPACES, ' ');
}

/** The entry of that kind and country, when the knowledge base has exactly one clear candidate. */
function nationalEntries(kb: KnowledgeBase): Map<string, number> {
  const byKey = new Map<string, number[]>();
  kb.forEach((entry, index) => {
    if (!entry.country || (entry.kind !== 'military' && entry.kind !== 'government')) return;
    const key = `${entry.kind}:${entry.country}`;
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const chosen = new Map<string, number>();
  for (const [key, indexes] of byKey) {
    const kind = key.startsWith('military') ? 'military' : 'government';
    const named = indexes.filter((i) => {
      const entry = kb[i];
      return (
        entry !== undefined &&
        [entry.name, ...entry.aliases].some((n) => NATIONAL_NAME[kind].test(n))
      );
    });
    const pick = indexes.length === 1 ? indexes[0] : named.length === 1 ? named[0] : undefined;
    if (pick !== undefined) chosen.set(key, pick);
  }
  return chosen;
}

/**
 * Surnames of the people the tagger found in the article ("Bloomberg" once "Michael Bloomberg" is
 * named): a one-word listed name written as one of them names the person, not the group.
 */
function peopleOf(tagged: readonly (readonly TaggedName[])[]): Set<string> {
  const surnames = new Set<string>();
  for (const names of tagged) {
    for (const name of names) {
      const words = name.text.split(/\s+/u);
      if (name.type === 'PER' && words.length >= 2) surnames.add(foldKey(words.at(-1) ?? ''));
    }
  }
  return surnames;
}

function namesPerson(
  tokens: readonly Token[],
  match: AliasMatch,
  people: ReadonlySet<string>,
  organisations: readonly TaggedName[],
): boolean {
  const token = tokens[match.first];
  if (match.first !== match.last || token === undefined || token.allCaps) return false;
  if (!people.has(token.fold)) return false;
  // Still the group where the tagger is sure of an organisation over it ("Bloomberg News said").
  return !organisations.some(
    (o) => o.start <= token.start && token.end <= o.end && o.margin >= TAGGER_MIN_MARGIN,
  );
}

/** Everyday names that count only where the tagger reads an organisation (contextAliases). */
function buildContextNames(kb: KnowledgeBase): AliasTrie {
  const trie = new AliasTrie();
  kb.forEach((entry, index) => {
    for (const alias of entry.contextAliases ?? []) trie.add(alias, index, CONTEXT_ALIAS_PRIORITY);
  });
  return trie;
}

/**
 * Matches of everyday names the tagger confirms: the tagger read an organisation over the same
 * words ("Apple said" yes, "an apple a day" never reaches here, "Apple pie" no), and no other
 * knowledge-base name claims them.
 */
function confirmedContextNames(
  everyday: readonly AliasMatch[],
  tokens: readonly Token[],
  known: readonly AliasMatch[],
  organisations: readonly TaggedName[],
): AliasMatch[] {
  if (organisations.length === 0) return [];
  return everyday.filter((m) => {
    const start = tokens[m.first]?.start ?? 0;
    const end = tokens[m.last]?.end ?? start;
    if (known.some((k) => k.first <= m.last && m.first <= k.last)) return false;
    // "Samsung Galaxy", "Apple Watch": right after a listed name, an everyday name is a product.
    if (known.some((k) => k.last === m.first - 1) && tokens[m.first]?.joined) return false;
    return organisations.some(
      (o) => o.start <= start && end <= o.end && o.margin >= CONTEXT_ALIAS_MIN_MARGIN,
    );
  });
}

function buildKnownNames(kb: KnowledgeBase): AliasTrie {
  const trie = new AliasTrie();
  kb.forEach((entry, index) => {
    // A name that is itself an everyday phrase ("The Hill") counts only as a context alias.
    const everyday = new Set((entry.contextAliases ?? []).map(aliasKey));
    if (!everyday.has(aliasKey(entry.name))) trie.add(entry.name, index, ALIAS_PRIORITY);
    for (const alias of entry.aliases) trie.add(alias, index, ALIAS_PRIORITY);
  });
  const national = nationalEntries(kb);
  for (const { phrase, kind, country } of nationalPhrases()) {
    const index = national.get(`${kind}:${country}`);
    if (index !== undefined) trie.add(phrase, index, NATIONAL_PHRASE_PRIORITY);
  }
  return trie;
}

/** True when a word of the name is an organisation word, or its first word opens one ("Centre for …"). */
function hasHeadWord(tokens: readonly Token[], first: number, last: number): boolean {
  if (LEADING_HEAD_WORDS.has(tokens[first]?.text ?? '')) return true;
  for (let i = first; i <= last; i++) {
    const text = tokens[i]?.text ?? '';
    if (HEAD_WORD_KINDS.has(text) && !LEADING_ONLY_HEAD_WORDS.has(text)) return true;
  }
  return false;
}

/** Kind of a name the knowledge base does not know, from its head word ("… Party", "Ministry of …"). */
function guessKind(tokens: readonly Token[], first: number, last: number): string {
  for (let i = last; i >= first; i--) {
    const token = tokens[i];
    if (token && HEAD_WORD_KINDS.has(token.text)) {
      return kindOfHead(
        token.text,
        tokens.slice(first, i).map((t) => t.text),
        isCountryWord,
      );
    }
  }
  return UNKNOWN_GROUP_KIND;
}

/** Heads written both ways: "Department of Defense" / "Defense Department". */
const INVERTIBLE_HEADS = new Set([
  'department',
  'ministry',
  'office',
  'bureau',
  'agency',
  'council',
]);

/** The other way to write a "Head of X" or "X Head" name, or null. */
function invertedHead(words: readonly string[]): string[] | null {
  const [first, of, ...rest] = words;
  if (first !== undefined && INVERTIBLE_HEADS.has(first) && of === 'of' && rest.length > 0) {
    return [...rest, first];
  }
  const last = words.at(-1);
  if (last !== undefined && INVERTIBLE_HEADS.has(last) && words.length >= 2) {
    return [last, 'of', ...words.slice(0, -1)];
  }
  return null;
}

/**
 * Unknown names that are the short form of another group's name in the same article name that group
 * when exactly one name fits: the end of a longer name ("Intelligence Committee" after "House
 * Intelligence Committee", "Browns" after "Cleveland Browns"), or, for a sports team, the city that
 * opens it ("Pittsburgh" for the Pittsburgh Steelers, as sports pages write it).
 * Returns group index → index of the longer name's group.
 */
function shortFormsOfLongerNames(
  groups: readonly ArticleGroup[],
  kb: KnowledgeBase,
): Map<number, number> {
  const longerByShort = new Map<string, Set<number>>();
  const addForms = (index: number, words: readonly string[], prefixes: boolean): void => {
    // "Department of Defense" is also written "Defense Department" (and the other way round).
    const inverted = invertedHead(words);
    if (inverted !== null) {
      const key = NAME_KEY_PREFIX + inverted.join(' ');
      longerByShort.set(key, (longerByShort.get(key) ?? new Set()).add(index));
    }
    for (let from = 1; from + MIN_SHARED_WORDS <= words.length; from++) {
      const suffix = NAME_KEY_PREFIX + words.slice(from).join(' ');
      longerByShort.set(suffix, (longerByShort.get(suffix) ?? new Set()).add(index));
    }
    if (!prefixes) return;
    for (let to = 1; to < words.length; to++) {
      const prefix = NAME_KEY_PREFIX + words.slice(0, to).join(' ');
      longerByShort.set(prefix, (longerByShort.get(prefix) ?? new Set()).add(index));
    }
  };
  groups.forEach((group, index) => {
    if (group.entry === null) {
      addForms(index, group.key.slice(NAME_KEY_PREFIX.length).split(' '), false);
      return;
    }
    const entry = kb[group.entry];
    if (!entry) return;
    for (const name of [entry.name, ...entry.aliases]) {
      addForms(
        index,
        tokenize(name).map((t) => t.fold),
        entry.kind === 'sports team',
      );
    }
  });
  const merged = new Map<number, number>();
  groups.forEach((group, index) => {
    const longer = [...(longerByShort.get(group.key) ?? [])].filter((i) => i !== index);
    if (group.entry === null && longer.length === 1 && longer[0] !== undefined) {
      merged.set(index, longer[0]);
    }
  });
  return merged;
}

/** Tokens and knowledge-base matches of one paragraph. */
function scanParagraph(
  names: { known: AliasTrie; context: AliasTrie },
  text: string,
  index: number,
  tagged: readonly TaggedName[],
  english: boolean,
  minMargin: number,
  people: ReadonlySet<string>,
): ScannedParagraph {
  const tokens = tokenize(text);
  // In an all-caps line a one-word acronym match ("IS", "US") may be a plain word; in a
  // headline-case line, so may a title-case one ("Fact" for FACT).
  const endsLikeSentence = SENTENCE_END.test(text);
  const { shouted, headline } = lineShape(tokens, endsLikeSentence);
  const organisations = tagged.filter((n) => n.type === 'ORG');
  const listed = names.known
    .scan(tokens, !headline)
    .filter((m) => !(shouted && m.first === m.last && tokens[m.first]?.allCaps))
    .filter((m) => !namesPerson(tokens, m, people, organisations));
  // Everyday names, read once: the tagger confirms them here, the article's other names later.
  const everyday = names.context.scan(tokens, !headline);
  const confirmed = confirmedContextNames(everyday, tokens, listed, organisations);
  const known =
    confirmed.length === 0 ? listed : [...listed, ...confirmed].sort((a, b) => a.first - b.first);
  const owner = new Int32Array(tokens.length).fill(-1);
  known.forEach((m, k) => owner.fill(k, m.first, m.last + 1));
  // New names from the tagger need its confidence; confirming a listed name needs only its reading.
  const taggedOrganisations = organisations.filter((n) => n.margin >= minMargin);
  const descriptions = english && !headline ? findArticleDescriptions(text) : [];
  return {
    index,
    text,
    tokens,
    known,
    owner,
    everyday,
    endsLikeSentence,
    headline,
    taggedOrganisations,
    descriptions,
    tagged,
  };
}

/** The groups one article names, each under one key (knowledge-base entry or folded name). */
class ArticleGroups {
  readonly list: ArticleGroup[] = [];
  private readonly byKey = new Map<string, number>();

  known(entry: number): number {
    return this.get(`kb:${entry}`, entry, '');
  }

  introduced(tokens: readonly Token[], first: number, last: number, kind: string): number {
    const index = this.get(`${NAME_KEY_PREFIX}${tokensKey(tokens, first, last)}`, null, kind);
    const group = this.list[index];
    if (group && !tokens[first]?.capitalised) group.lowerCase = true;
    return index;
  }

  private get(key: string, entry: number | null, kind: string): number {
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push({ key, entry, kind });
      this.byKey.set(key, index);
    }
    return index;
  }
}

/**
 * Pass 1: the names the article defines ("Long Name (ACRO)") or introduces ("… Commission"), as a
 * trie from each written form to its group.
 */
function collectArticleNames(
  kb: KnowledgeBase,
  scanned: readonly ScannedParagraph[],
  groups: ArticleGroups,
  readNames: boolean,
  english: boolean,
  people: ReadonlySet<string>,
): AliasTrie {
  const articleNames = new AliasTrie();
  /** Names already added (a long article repeats its names; each is indexed once). */
  const added = new Set<string>();
  const add = (paragraph: ScannedParagraph, first: number, last: number, group: number): void => {
    const surface = surfaceOf(paragraph, first, last);
    const key = `${group}\u0000${surface}`;
    if (added.has(key)) return;
    added.add(key);
    articleNames.add(surface, group);
  };
  for (const paragraph of scanned) {
    const { tokens, known, text, owner, endsLikeSentence, headline } = paragraph;
    const knownAt = (i: number): AliasMatch | undefined => known[owner[i] ?? -1];
    for (const definition of findAcronymDefinitions(text, tokens)) {
      const { acronym, first, last } = definition;
      const acronymEntry = knownAt(acronym)?.target;
      const longMatch = knownAt(last);
      const longEntry =
        longMatch && longMatch.last === last && longMatch.first >= first
          ? longMatch.target
          : undefined;
      if (acronymEntry !== undefined && longEntry !== undefined && acronymEntry !== longEntry) {
        continue;
      }
      const entry = acronymEntry ?? longEntry ?? null;
      // Unknown long forms must read as organisations ("… Council (NSC)", not "Gross Domestic Product").
      if (entry === null && !hasHeadWord(tokens, first, last)) continue;
      const group =
        entry !== null
          ? groups.known(entry)
          : groups.introduced(tokens, first, last, guessKind(tokens, first, last));
      add(paragraph, acronym, acronym, group);
      add(paragraph, first, last, group);
    }
    // Photo credits' agencies ("Photo by Chip Somodevilla/Getty Images"), in any language.
    for (const credit of findCreditNames(text)) {
      const span = tokenSpanOf(tokens, { type: 'ORG', ...credit, text: '', margin: Infinity });
      if (span === null || !tokens[span.first]?.capitalised) continue;
      let isKnown = false;
      for (let i = span.first; i <= span.last; i++) isKnown ||= (owner[i] ?? -1) !== -1;
      if (isKnown || isCountryWord(surfaceOf(paragraph, span.first, span.last))) continue;
      add(
        paragraph,
        span.first,
        span.last,
        groups.introduced(tokens, span.first, span.last, 'media'),
      );
    }
    // A headline-like line names nothing by its capitals (findOrganisationNames finds nothing).
    if (!readNames || headline) continue;
    // A plain loop: Array.from over a typed array goes through its iterator, one object per token.
    const blocked = new Array<boolean>(owner.length);
    // Issue 22: a word of a shared alias left undecided (shared-aliases.ts UNDECIDED) is taken too.
    for (let i = 0; i < owner.length; i++) blocked[i] = (owner[i] ?? -1) !== -1;
    const names = [
      ...findOrganisationNames(tokens, blocked, isCountryWord, endsLikeSentence, headline),
      ...(english ? findLowerCaseInstitutions(tokens, blocked) : []),
    ].sort((a, b) => a.first - b.first);
    // "an analyst at Gartner": bodies named by someone's role in them, unless the tagger reads a
    // place or a person there.
    const placesAndPeople = paragraph.tagged.filter((n) => n.type === 'LOC' || n.type === 'PER');
    const roleNames = english
      ? findRoleNames(tokens, blocked).filter((r) => {
          const start = tokens[r.first]?.start ?? 0;
          const end = tokens[r.last]?.end ?? start;
          return !placesAndPeople.some((n) => n.start < end && start < n.end);
        })
      : [];
    // The learned tagger's names, where the knowledge base claimed no word of them.
    const context: TaggedNameContext = {
      tokens,
      known: (i) => blocked[i] === true,
      endsCompanyName: (i) => {
        const match = knownAt(i);
        return match !== undefined && match.last === i && kb[match.target]?.kind === 'company';
      },
    };
    // Names the article describes as organisations ("Stratfor, a … firm") come before the
    // tagger's guesses; both give way to the rules' names unless they contain them.
    const described = paragraph.descriptions.flatMap((d) => {
      if (d.kind === null) return [];
      const span = tokenSpanOf(tokens, {
        type: 'ORG',
        start: d.start,
        end: d.start + d.name.length,
        text: d.name,
        margin: Infinity,
      });
      if (span === null || !isOrganisationName(span, context)) return [];
      // "the Labour party Keir Starmer leads": a person or a place the tagger reads in two words
      // or more is not what the head noun describes.
      const personOrPlace = placesAndPeople.some((n) => {
        const p = tokenSpanOf(tokens, n);
        return p !== null && p.last > p.first && p.first <= span.last && span.first <= p.last;
      });
      return personOrPlace ? [] : [{ ...span, kind: d.kind }];
    });
    const tagged = paragraph.taggedOrganisations.flatMap((name) => {
      const span = tokenSpanOf(tokens, name);
      if (span === null || !isOrganisationName(span, context)) return [];
      // "McDonald" once "Michael McDonald" is named: the person, as for listed names (namesPerson).
      if (span.first === span.last && people.has(tokens[span.first]?.fold ?? '')) return [];
      const overlaps = [...described, ...roleNames].some(
        (d) => d.first <= span.last && span.first <= d.last,
      );
      return overlaps ? [] : [{ ...span, kind: guessKind(tokens, span.first, span.last) }];
    });
    const roles = roleNames.map((r) => ({ ...r, kind: guessKind(tokens, r.first, r.last) }));
    const merged = mergeWithRuleNames(names, [...described, ...roles, ...tagged]);
    // The other items of a list of organisations ("clients including Ford, Macy's, NBC and Fox").
    if (english) {
      const organisations = [...paragraph.known, ...merged.rules, ...merged.tagged];
      const overlaps = (item: ListItem, spans: readonly { first: number; last: number }[]) =>
        spans.some((s) => s.first <= item.last && item.first <= s.last);
      // A list holds a person or a place when the tagger reads a name of two words or more there
      // ("Tim Cook"), or a person the article names: a one-word reading among known
      // organisations is the tagger's weakest ("Macy's" and "Kellogg's" read as people).
      const peopleAndPlaces = placesAndPeople
        .flatMap((n) => tokenSpanOf(tokens, n) ?? [])
        .filter((span) => span.last > span.first || people.has(tokens[span.first]?.fold ?? ''));
      const items = unknownItemsOfOrganisationLists(
        findNameLists(paragraph.text, tokens),
        (item) => overlaps(item, organisations),
        (item) =>
          overlaps(item, peopleAndPlaces) ||
          tokens.slice(item.first, item.last + 1).some((t) => isCountryWord(t.text)),
      );
      for (const item of items) {
        if (blocked.slice(item.first, item.last + 1).some(Boolean)) continue;
        merged.tagged.push({ ...item, kind: guessKind(tokens, item.first, item.last) });
      }
    }
    for (const name of merged.rules) {
      add(
        paragraph,
        name.first,
        name.last,
        groups.introduced(tokens, name.first, name.last, name.kind),
      );
    }
    for (const { first, last, kind } of merged.tagged) {
      add(paragraph, first, last, groups.introduced(tokens, first, last, kind));
    }
  }
  return articleNames;
}

/** Pass 2: every mention of every group, knowledge-base names first, then the article's own. */
function countMentions(
  kb: KnowledgeBase,
  scanned: readonly ScannedParagraph[],
  groups: ArticleGroups,
  articleNames: AliasTrie,
): Tally[] {
  // Every listed group of the article is registered first, so short forms can merge into them.
  for (const paragraph of scanned) for (const m of paragraph.known) groups.known(m.target);
  const mergedInto = shortFormsOfLongerNames(groups.list, kb);
  const tallies = new Map<string, Tally>();
  /** Surfaces already recorded, keyed by group and text (normalising each mention is costly). */
  const seenSurfaces = new Set<string>();
  const mention = (group: ArticleGroup, paragraph: ScannedParagraph, m: AliasMatch): void => {
    let tally = tallies.get(group.key);
    if (!tally) {
      const order: [number, number] = [paragraph.index, paragraph.tokens[m.first]?.start ?? 0];
      tally = { group, surfaces: new Map(), mentions: 0, paragraphs: [], order };
      tallies.set(group.key, tally);
    }
    const surface = surfaceOf(paragraph, m.first, m.last);
    const seenKey = `${group.key}\u0000${surface}`;
    if (!seenSurfaces.has(seenKey)) {
      seenSurfaces.add(seenKey);
      const key = surfaceKey(surface);
      if (!tally.surfaces.has(key)) tally.surfaces.set(key, surface);
    }
    tally.mentions++;
    if (tally.paragraphs[tally.paragraphs.length - 1] !== paragraph.index) {
      tally.paragraphs.push(paragraph.index);
    }
  };
  for (const paragraph of scanned) {
    const local = articleNames.scan(paragraph.tokens).filter((m) => {
      const group = groups.list[m.target];
      if (!group || paragraph.owner.subarray(m.first, m.last + 1).some((k) => k >= 0)) return false;
      // A name the article introduced counts only where it is written as a name (capitalised).
      return (
        group.entry !== null ||
        group.lowerCase === true ||
        paragraph.tokens[m.first]?.capitalised === true
      );
    });
    const all = [
      ...paragraph.known.map((m) => ({ m, group: groups.known(m.target) })),
      ...local.map((m) => ({ m, group: m.target })),
    ].sort((a, b) => a.m.first - b.m.first);
    for (const { m, group } of all) {
      const article = groups.list[mergedInto.get(group) ?? group];
      if (article) mention(article, paragraph, m);
    }
  }
  return [...tallies.values()];
}

export function createGroupFinder(kb: KnowledgeBase): GroupFinder {
  const knownNames = buildKnownNames(kb);
  const contextNames = buildContextNames(kb);
  const contextFamilyOf = contextFamilies(kb);
  const countryContextNames = new CountryContextNames(kb);
  const relations = new CardRelations(kb);
  // Issue 22: aliases several entries share ("RSF") mean what the article's words point to.
  const sharedAliases = new SharedAliases(kb);
  sharedAliases.addTo(knownNames);
  const byId = new Map<string, KnowledgeBaseEntry>();
  for (const entry of kb) {
    byId.set(entry.id, entry);
    if (entry.wikidata) byId.set(entry.wikidata, entry);
  }

  function toEntity(tally: Tally, described: ReadonlyMap<string, string>): GroupEntity {
    const surfaces = [...tally.surfaces.values()];
    let inArticle: string | null = null;
    for (const key of tally.surfaces.keys()) {
      inArticle ??= described.get(key) ?? null;
    }
    const entry = tally.group.entry === null ? undefined : kb[tally.group.entry];
    const name = entry?.name ?? surfaces.reduce((a, b) => (b.length > a.length ? b : a), '');
    const nameKey = surfaceKey(name);
    const aliases = surfaces.filter((s) => surfaceKey(s) !== nameKey);
    if (!entry) {
      return {
        name,
        aliases,
        kind: tally.group.kind,
        mentions: tally.mentions,
        summary: null,
        url: null,
        id: null,
        paragraphs: tally.paragraphs,
        inArticle,
      };
    }
    return {
      name,
      aliases,
      kind: entry.kind,
      mentions: tally.mentions,
      summary: entry.summary,
      url: entry.wikipedia,
      id: entry.id,
      wikidata: entry.wikidata,
      paragraphs: tally.paragraphs,
      inArticle,
      // Issue 22: when the facts were checked, and against what (absent while awaiting review).
      ...(entry.asOf ? { asOf: entry.asOf } : {}),
      ...(entry.sources ? { sources: entry.sources } : {}),
    };
  }

  function find(paragraphs: readonly string[], options: FindGroupsOptions): GroupEntity[] {
    const readNames = options.lang === null || CAPITALISATION_LANGUAGES.test(options.lang);
    const english = options.lang === null || ENGLISH.test(options.lang);
    const tagged = options.tagger && english ? options.tagger.tag(paragraphs, options.skip) : [];
    const people = peopleOf(tagged);
    const scanned: ScannedParagraph[] = [];
    paragraphs.forEach((text, index) => {
      if (!options.skip?.has(index)) {
        scanned.push(
          scanParagraph(
            { known: knownNames, context: contextNames },
            text,
            index,
            tagged[index] ?? [],
            english,
            options.taggerMinMargin ?? TAGGER_MIN_MARGIN,
            people,
          ),
        );
      }
    });
    // Everyday names whose parent or part the article names ("the House" beside Congress), and
    // a country's "the Fed" where the article names the country.
    const related = relatedContextNames(contextFamilyOf, scanned);
    countryContextNames.find(scanned).forEach((found, i) => {
      const list = related[i];
      if (!list) return;
      for (const m of found) {
        if (!list.some((r) => r.first <= m.last && m.first <= r.last)) list.push(m);
      }
    });
    related.forEach((extra, i) => {
      const paragraph = scanned[i];
      if (!paragraph || extra.length === 0) return;
      paragraph.known = [...paragraph.known, ...extra].sort((a, b) => a.first - b.first);
      paragraph.owner.fill(-1);
      paragraph.known.forEach((m, k) => paragraph.owner.fill(k, m.first, m.last + 1));
    });
    sharedAliases.resolve(scanned);
    const groups = new ArticleGroups();
    const articleNames = collectArticleNames(kb, scanned, groups, readNames, english, people);
    // The first description worth showing of each name, by the name's comparison key.
    const described = new Map<string, string>();
    for (const paragraph of scanned) {
      for (const d of paragraph.descriptions) {
        const key = surfaceKey(d.name);
        if (d.informative && !described.has(key)) described.set(key, d.description);
      }
    }
    const entities = countMentions(kb, scanned, groups, articleNames)
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
      .map((tally) => toEntity(tally, described));
    // Issue 22: each card's relations, read from its own side (card-relations.ts).
    return relations.attach(entities);
  }

  return {
    knowledgeBase: kb,
    find,
    lookup: (id: string) => byId.get(id),
  };
}
