// Aliases that several entries share ("RSF": Sudan's Rapid Support Forces and Reporters Without
// Borders) or that also stand for something outside the knowledge base ("AES": the Alliance of Sahel
// States and the encryption standard). Such an alias names nothing by itself: the article decides
// which candidate it means, for the whole article (one sense per story). When the article does not
// decide, the alias gives no card rather than a guess (issue 22).
//
// What decides, strongest first:
// 1. the article defines the alias after one candidate's name: "Reporters Without Borders (RSF)";
// 2. otherwise a score per candidate: NAMED_WEIGHT if the article names the entry by an unshared name
//    ("Rapid Support Forces"), plus one per distinct context phrase of the candidate found in the
//    article ("Darfur", "paramilitary"). The best score wins if it is at least MIN_SCORE and no other
//    candidate has it. An outside meaning that wins gives no card either.

import { aliasKey } from './alias-key';
import type { AliasMatch, AliasTrie } from './alias-trie';
import { ContextPhrases } from './context-phrases';
import type { Token } from './tokens';
import type { KnowledgeBase } from './types';

/** Below the entries' own names and national phrases (0, 1), so that a shared alias wins on its words. */
const SHARED_PRIORITY = -1;
/** Writers name a group in full before they use its short name: worth more than one context word. */
const NAMED_WEIGHT = 2;
/** One context phrase is enough when no other candidate scores as well. */
const MIN_SCORE = 1;
const OPENING_BRACKET = /^\s*\(\s*$/;
const CLOSING_BRACKET = /^\s*\)/;

/**
 * The owner of a word that belongs to a shared alias the article leaves undecided: no other name may
 * claim it, or the name tagger would make "AES" an unknown organisation and give it a card after all.
 */
export const UNDECIDED = -2;

/** The parts of a scanned paragraph the resolution reads and rewrites (see group-finder.ts). */
export interface ScannedNames {
  text: string;
  tokens: readonly Token[];
  /** Knowledge-base names found, left to right; `target` is an entry index, or past them a shared alias. */
  known: AliasMatch[];
  /** For each token, the index in `known` of the match covering it, -1, or UNDECIDED. */
  owner: Int32Array;
}

interface Candidate {
  /** Entry index, or null for a meaning outside the knowledge base. */
  entry: number | null;
  /** Indexes of its context phrases in `SharedAliases.phrases`. */
  phrases: number[];
}

export class SharedAliases {
  /** One group per alias key ("al shabaab"), each with its candidates. */
  private readonly groups: Candidate[][] = [];
  /** Every spelling of a shared alias and its group. */
  private readonly spellings: [alias: string, group: number][] = [];
  private readonly phrases: ContextPhrases;

  constructor(private readonly kb: KnowledgeBase) {
    const phrases: string[] = [];
    /** A phrase listed twice ("Somalia" for two spellings of al-Shabaab) is one phrase, counted once. */
    const phraseIndex = new Map<string, number>();
    const groupOf = new Map<string, number>();
    /** Candidate by group and entry index or outside meaning. */
    const candidates = new Map<string, Candidate>();
    const candidate = (group: number, key: string, entry: number | null): Candidate => {
      let found = candidates.get(`${group}\u0000${key}`);
      if (!found) {
        found = { entry, phrases: [] };
        candidates.set(`${group}\u0000${key}`, found);
        this.groups[group]?.push(found);
      }
      return found;
    };
    const addPhrases = (to: Candidate, context: readonly string[]): void => {
      for (const phrase of context) {
        const key = aliasKey(phrase);
        let index = phraseIndex.get(key);
        if (index === undefined) {
          index = phrases.push(phrase) - 1;
          phraseIndex.set(key, index);
        }
        if (!to.phrases.includes(index)) to.phrases.push(index);
      }
    };
    kb.forEach((entry, index) => {
      for (const shared of entry.sharedAliases ?? []) {
        for (const alias of shared.aliases) {
          const key = aliasKey(alias);
          let group = groupOf.get(key);
          if (group === undefined) {
            group = this.groups.push([]) - 1;
            groupOf.set(key, group);
          }
          this.spellings.push([alias, group]);
          addPhrases(candidate(group, `entry:${index}`, index), shared.context);
          for (const other of shared.otherMeanings ?? []) {
            const meaning = candidate(group, `meaning:${other.meaning.toLowerCase()}`, null);
            addPhrases(meaning, other.context);
          }
        }
      }
    });
    this.phrases = new ContextPhrases(phrases);
  }

  /** Adds each shared alias to the finder's trie, as a target past the entries' indexes. */
  addTo(trie: AliasTrie): void {
    for (const [alias, group] of this.spellings) {
      trie.add(alias, this.kb.length + group, SHARED_PRIORITY);
    }
  }

  /**
   * Rewrites the matches of shared aliases in the article's paragraphs: each becomes the entry the
   * article points to, or is dropped.
   */
  resolve(paragraphs: readonly ScannedNames[]): void {
    const present = new Set<number>();
    for (const p of paragraphs) {
      for (const m of p.known)
        if (m.target >= this.kb.length) present.add(m.target - this.kb.length);
    }
    if (present.size === 0) return;
    const named = new Set<number>();
    for (const p of paragraphs) {
      for (const m of p.known) if (m.target < this.kb.length) named.add(m.target);
    }
    const found = this.phrases.found(paragraphs.map((p) => p.tokens));
    const defined = this.definitions(paragraphs);
    const meaning = new Map<number, number | null>();
    for (const group of present) {
      meaning.set(group, this.choose(group, named, found, defined.get(group)));
    }
    for (const p of paragraphs) {
      const kept: AliasMatch[] = [];
      const undecided: AliasMatch[] = [];
      for (const m of p.known) {
        if (m.target < this.kb.length) kept.push(m);
        else {
          const entry = meaning.get(m.target - this.kb.length);
          if (entry !== undefined && entry !== null) kept.push({ ...m, target: entry });
          else undecided.push(m);
        }
      }
      if (kept.length === p.known.length && kept.every((m, k) => m === p.known[k])) continue;
      p.known.splice(0, p.known.length, ...kept);
      // The same bookkeeping as the finder's scan: which match covers each token.
      p.owner.fill(-1);
      kept.forEach((m, k) => p.owner.fill(k, m.first, m.last + 1));
      for (const m of undecided) p.owner.fill(UNDECIDED, m.first, m.last + 1);
    }
  }

  /** Group → entries the article defines it for: "Reporters Without Borders (RSF)". */
  private definitions(paragraphs: readonly ScannedNames[]): Map<number, Set<number>> {
    const defined = new Map<number, Set<number>>();
    for (const { text, tokens, known } of paragraphs) {
      known.forEach((m, k) => {
        const before = known[k - 1];
        if (m.target < this.kb.length || !before || before.target >= this.kb.length) return;
        const nameEnd = tokens[before.last]?.end ?? 0;
        const aliasStart = tokens[m.first]?.start ?? 0;
        const aliasEnd = tokens[m.last]?.end ?? 0;
        if (
          OPENING_BRACKET.test(text.slice(nameEnd, aliasStart)) &&
          CLOSING_BRACKET.test(text.slice(aliasEnd))
        ) {
          const group = m.target - this.kb.length;
          defined.set(group, (defined.get(group) ?? new Set()).add(before.target));
        }
      });
    }
    return defined;
  }

  /** The entry the article means by the group's alias, or null (an outside meaning, or undecided). */
  private choose(
    group: number,
    named: ReadonlySet<number>,
    found: ReadonlySet<number>,
    defined: ReadonlySet<number> | undefined,
  ): number | null {
    const candidates = this.groups[group] ?? [];
    const definedFor = candidates.filter((c) => c.entry !== null && defined?.has(c.entry));
    if (definedFor.length === 1) return definedFor[0]?.entry ?? null;
    const scores = candidates.map(
      (c) =>
        (c.entry !== null && named.has(c.entry) ? NAMED_WEIGHT : 0) +
        c.phrases.filter((i) => found.has(i)).length,
    );
    const best = Math.max(...scores);
    if (best < MIN_SCORE || scores.filter((s) => s === best).length > 1) return null;
    return candidates[scores.indexOf(best)]?.entry ?? null;
  }
}
