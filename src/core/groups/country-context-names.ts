// "the Fed", "the Senate", "the House": a government body's everyday name with its article and a
// capital ("the Fed", never "the fed up"), in an article that names the body's country ("U.S.",
// "American", "the United States") or another listed group of that country, names that body. The
// tagger often reads nothing there ("the Fed's decision"), and the capital already says it is a
// name; the country says which one (an Australian article's "the Senate" is not the US Senate).
// Kept to government bodies: a newspaper's "The Sun" or "The Australian" is as often the sun or a
// person.

import { ContextPhrases } from './context-phrases';
import { COUNTRIES } from './countries';
import type { AliasMatch } from './alias-trie';
import type { ContextParagraph } from './related-context-names';
import type { KnowledgeBase } from './types';

/** Kinds of entry whose "the X" names count by country. */
const INSTITUTION_KINDS = new Set(['government body', 'agency']);

export class CountryContextNames {
  /** Country code of each phrase of `phrases`. */
  private readonly codes: string[] = [];
  private readonly phrases: ContextPhrases;

  constructor(private readonly kb: KnowledgeBase) {
    const words: string[] = [];
    for (const country of COUNTRIES) {
      for (const word of [...country.names, ...country.demonyms]) {
        words.push(word);
        this.codes.push(country.code);
      }
    }
    this.phrases = new ContextPhrases(words);
  }

  /** Per paragraph, the "the X" matches of government bodies whose country the article names. */
  find(paragraphs: readonly ContextParagraph[]): AliasMatch[][] {
    const countries = new Set<string>();
    for (const index of this.phrases.found(paragraphs.map((p) => p.tokens))) {
      const code = this.codes[index];
      if (code !== undefined) countries.add(code);
    }
    for (const p of paragraphs) {
      for (const m of p.known) {
        const country = this.kb[m.target]?.country;
        if (country) countries.add(country);
      }
    }
    return paragraphs.map(({ tokens, known, everyday }) => {
      if (countries.size === 0) return [];
      return everyday.filter((m) => {
        const entry = this.kb[m.target];
        if (!entry?.country || !countries.has(entry.country)) return false;
        if (!INSTITUTION_KINDS.has(entry.kind)) return false;
        // "the Fed": the article (the index leaves it out of the match), then a capital.
        const name = tokens[m.first]?.fold === 'the' ? m.first + 1 : m.first;
        const article = tokens[name - 1];
        if (article?.fold !== 'the' || !tokens[name]?.joined || !tokens[name]?.capitalised) {
          return false;
        }
        return !known.some((k) => k.first <= m.last && m.first <= k.last);
      });
    });
  }
}
