// Which of a list of phrases ("Darfur", "press freedom") an article contains, words compared as the
// alias matcher compares them (folded: case, accents and apostrophes ignored; a hyphen counts as a
// space). One pass over the tokens; each phrase is looked up only at tokens equal to its first word.

import { tokenize, type Token } from './tokens';

export class ContextPhrases {
  /** First word's key → [phrase index, the phrase's word keys]. */
  private readonly byFirstWord = new Map<string, [number, string[]][]>();

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, index) => {
      const words = tokenize(phrase).map((t) => t.fold);
      const first = words[0];
      if (first === undefined) return;
      const list = this.byFirstWord.get(first);
      if (list) list.push([index, words]);
      else this.byFirstWord.set(first, [[index, words]]);
    });
  }

  /** Indexes of the phrases found in any of the paragraphs. */
  found(paragraphs: readonly (readonly Token[])[]): Set<number> {
    const found = new Set<number>();
    for (const tokens of paragraphs) {
      tokens.forEach((token, start) => {
        for (const [index, words] of this.byFirstWord.get(token.fold) ?? []) {
          if (!found.has(index) && matchesAt(tokens, start, words)) found.add(index);
        }
      });
    }
    return found;
  }
}

/** The phrase's words follow one another from `start`, with only spaces or a hyphen between them. */
function matchesAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  return words.every((word, k) => {
    const token = tokens[start + k];
    return token !== undefined && token.fold === word && (k === 0 || token.joined);
  });
}
