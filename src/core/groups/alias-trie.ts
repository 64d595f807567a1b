// A token trie of names (knowledge-base aliases, national phrases, names defined in the article) and
// the scan that finds them in a paragraph: at each token, walk the trie as far as the text allows and
// keep the longest name whose case rules hold. Cost per token is bounded by the longest name, so a
// paragraph is scanned in linear time, with no regex per alias.
//
// Case rules: an all-caps word of a name ("US", "JNIM") must be written the same, or in title
// case when it has four or more letters and does not open a sentence ("Nato", but not "Fact." for
// FACT), outside headline-case lines; every word of a short name (five characters or fewer, "Hamas") must keep its case, so "us"
// is not "US" and "is" is not "IS"; a name written with a capital must start with one in the text
// ("Labour" is not "labour", but "Wagner group" is "Wagner Group"); other words match in any case.

import { tokenize, type Token } from './tokens';

/** Names this short are compared case-sensitively ("US", "IS", "Hamas"). */
const SHORT_NAME_LENGTH = 5;
/** All-caps words this long also match in title case ("Nato", "Isis", "Africom"). */
const TITLE_CASE_ACRONYM_LENGTH = 4;
/** Possessive keys ("mali's") continue a name; the plain key may only end one. */
const POSSESSIVE_SUFFIX = "'s";

type CaseRule = 'any' | 'capitalised' | 'exact' | 'acronym';

interface WordCheck {
  exact: string;
  rule: CaseRule;
}

interface Terminal {
  target: number;
  /** Lower wins when two names cover the same tokens. */
  priority: number;
  checks: WordCheck[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminals: Terminal[];
}

export interface AliasMatch {
  /** Index of the first and last token of the name in the paragraph's tokens. */
  first: number;
  last: number;
  target: number;
  priority: number;
}

function newNode(): TrieNode {
  return { children: new Map(), terminals: [] };
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function caseHolds(check: WordCheck, token: Token, titleCaseAcronyms: boolean): boolean {
  switch (check.rule) {
    case 'any':
      return true;
    case 'capitalised':
      return token.capitalised;
    case 'exact':
      return token.exact === check.exact;
    case 'acronym':
      return (
        token.exact === check.exact ||
        (titleCaseAcronyms &&
          check.exact.length >= TITLE_CASE_ACRONYM_LENGTH &&
          !token.sentenceStart &&
          token.exact === titleCase(check.exact))
      );
  }
}

export class AliasTrie {
  private readonly root: TrieNode = newNode();

  /** Adds a name; returns false when it has no words. A leading "the" is dropped. */
  add(name: string, target: number, priority = 0): boolean {
    let words = tokenize(name);
    if (words.length > 1 && words[0]?.fold === 'the') words = words.slice(1);
    if (words.length === 0) return false;
    const short = name.trim().length <= SHORT_NAME_LENGTH;
    let node = this.root;
    const checks: WordCheck[] = [];
    for (const word of words) {
      const key = word.possessive ? word.fold + POSSESSIVE_SUFFIX : word.fold;
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
      const rule: CaseRule = word.allCaps
        ? 'acronym'
        : short
          ? 'exact'
          : checks.length === 0 && word.capitalised
            ? 'capitalised'
            : 'any';
      checks.push({ exact: word.exact, rule });
    }
    const duplicate = node.terminals.some(
      (t) =>
        t.target === target &&
        t.checks.every((c, i) => c.exact === checks[i]?.exact && c.rule === checks[i]?.rule),
    );
    if (!duplicate) node.terminals.push({ target, priority, checks });
    return true;
  }

  /**
   * The longest name starting at token `first`, or null. `titleCaseAcronyms` is false in
   * headline-case lines, where "Fact" or "Mois" may be any word, not FACT or MOIS.
   */
  matchAt(tokens: readonly Token[], first: number, titleCaseAcronyms = true): AliasMatch | null {
    let best: AliasMatch | null = null;
    let node: TrieNode | undefined = this.root;
    for (let i = first; i < tokens.length && node; i++) {
      const token = tokens[i];
      if (!token || (i > first && !token.joined)) break;
      const ending = node.children.get(token.fold);
      if (ending) best = this.bestTerminal(ending, tokens, first, i, titleCaseAcronyms) ?? best;
      node = token.possessive ? node.children.get(token.fold + POSSESSIVE_SUFFIX) : ending;
    }
    return best;
  }

  /** All non-overlapping names in the tokens, leftmost-longest. */
  scan(tokens: readonly Token[], titleCaseAcronyms = true): AliasMatch[] {
    const matches: AliasMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.matchAt(tokens, i, titleCaseAcronyms);
      if (match) {
        matches.push(match);
        i = match.last;
      }
    }
    return matches;
  }

  private bestTerminal(
    node: TrieNode,
    tokens: readonly Token[],
    first: number,
    last: number,
    titleCaseAcronyms: boolean,
  ): AliasMatch | null {
    let best: Terminal | null = null;
    for (const terminal of node.terminals) {
      const holds = terminal.checks.every((check, k) => {
        const token = tokens[first + k];
        return token !== undefined && caseHolds(check, token, titleCaseAcronyms);
      });
      if (holds && (best === null || terminal.priority < best.priority)) best = terminal;
    }
    return best ? { first, last, target: best.target, priority: best.priority } : null;
  }
}
