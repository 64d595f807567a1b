// The features the name tagger scores each token by, shared by training (scripts/train-groups/) and
// tagging so that both see exactly the same thing. Features are strings hashed into a fixed table
// (see model.ts), so the weights file needs no feature dictionary.
//
// Per token: the word (case-folded, digits as 0), its shape, prefixes and suffixes; the words and
// shapes around it; whether it opens a sentence; gazetteer facts (a country or demonym, an
// organisation head word); and two facts about the whole document, which news
// text makes reliable: whether the word is written in lower case elsewhere (a common word that
// opens a sentence) and whether it is capitalised elsewhere mid-sentence (a name).

/** What the gazetteers say of one token (see gazetteer.ts). */
export interface TokenFacts {
  /** A country name or demonym ("Mali", "Malian"). */
  country: boolean;
  /** An organisation head word ("Ministry", "Party", "Inc."). */
  head: boolean;
}

export const NO_FACTS: TokenFacts = { country: false, head: false };

/** Document-wide facts about word forms, built once per article (or training document). */
export interface DocumentFacts {
  /** Folded words seen in lower case somewhere in the document. */
  lower: ReadonlySet<string>;
  /** Folded words seen capitalised somewhere not at a sentence start. */
  capitalisedInside: ReadonlySet<string>;
}

/** Lower-case words that may join a capitalised run ("Museum of Neon Art", "Bank of America"). */
const RUN_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '–', '-']);
const DIGITS = /\p{N}/gu;
const UPPER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Case-folded word with digits as 0 and curly quotes straightened: the word features' key. */
export function normalWord(text: string): string {
  return text.toLowerCase().replace(DIGITS, '0').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** "Xxxx" → "Xx", "NATO" → "X", "U.S." → "X.X.", "1,000" → "d,d": character classes, runs merged. */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (const ch of text) {
    let c: string;
    if (UPPER.test(ch)) c = 'X';
    else if (LOWER_LETTER.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else if (LETTER.test(ch)) c = 'x';
    else c = ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

export function isCapitalised(text: string): boolean {
  return UPPER.test(text.charAt(0));
}

/** True when token i opens a sentence: the paragraph's first, or after . ! ? : (quotes between). */
export function opensSentence(words: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && OPENERS.has(words[k] ?? '')) k -= 1;
  return k < 0 || SENTENCE_END.has(words[k] ?? '');
}

/** Builds the document facts from every sentence (token texts) of one document. */
export function documentFacts(sentences: readonly (readonly string[])[]): DocumentFacts {
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const words of sentences) {
    words.forEach((w, i) => {
      if (!LETTER.test(w)) return;
      const folded = normalWord(w);
      if (!isCapitalised(w)) lower.add(folded);
      else if (!opensSentence(words, i) && LOWER_LETTER.test(w)) capitalisedInside.add(folded);
    });
  }
  return { lower, capitalisedInside };
}

/**
 * The feature strings of every token of one sentence (or paragraph). `facts[i]` are token i's
 * gazetteer facts. Returned per token; the caller hashes them (model.ts).
 */
export function tokenFeatures(
  words: readonly string[],
  facts: readonly TokenFacts[],
  doc: DocumentFacts,
): string[][] {
  const n = words.length;
  const norm = words.map(normalWord);
  const shapes = words.map(shapeOf);
  const at = (arr: readonly string[], k: number, edge: string): string =>
    k < 0 || k >= n ? edge : (arr[k] ?? edge);
  // Runs of capitalised words ("Dover Saddlery", "Museum of Neon Art"): a name's extent and a word's
  // place in it say much about what it names.
  const runLength = new Array<number>(n).fill(0);
  const runPosition = new Array<string>(n).fill('');
  for (let i = 0; i < n;) {
    if (!isCapitalised(words[i] ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < n &&
      (isCapitalised(words[j + 1] ?? '') ||
        (RUN_CONNECTORS.has(norm[j + 1] ?? '') && isCapitalised(words[j + 2] ?? '')))
    )
      j++;
    for (let k = i; k <= j; k++) {
      runLength[k] = Math.min(j - i + 1, 4);
      runPosition[k] = i === j ? 'S' : k === i ? 'B' : k === j ? 'E' : 'I';
    }
    i = j + 1;
  }
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = norm[i] ?? '';
    const raw = words[i] ?? '';
    const shape = shapes[i] ?? '';
    const start = opensSentence(words, i);
    const f: string[] = ['b', `w=${w}`, `s=${shape}`, `ss=${start ? 1 : 0}|${shape}`];
    const len = w.length;
    for (let k = 1; k <= 4 && k < len; k++) {
      f.push(`p${k}=${w.slice(0, k)}`, `x${k}=${w.slice(len - k)}`);
    }
    const wp = at(norm, i - 1, '<s>');
    const wn = at(norm, i + 1, '</s>');
    const sp = at(shapes, i - 1, '<s>');
    const sn = at(shapes, i + 1, '</s>');
    f.push(
      `w-1=${wp}`,
      `w+1=${wn}`,
      `w-2=${at(norm, i - 2, '<s>')}`,
      `w+2=${at(norm, i + 2, '</s>')}`,
      `s-1=${sp}`,
      `s+1=${sn}`,
      `ww-1=${wp}|${w}`,
      `ww+1=${w}|${wn}`,
      `sss=${sp}|${shape}|${sn}`,
      `w-1s=${wp}|${shape}`,
      `sw+1=${shape}|${wn}`,
    );
    if (runLength[i]) f.push(`run=${runLength[i]}${runPosition[i]}`, `runw=${runPosition[i]}|${w}`);
    if (norm[i + 1] === "'s") f.push('poss');
    if (isCapitalised(raw) && LETTER.test(raw)) {
      if (start) {
        f.push(
          `lowEl=${doc.lower.has(w) ? 1 : 0}`,
          `capEl=${doc.capitalisedInside.has(w) ? 1 : 0}`,
        );
      } else if (doc.lower.has(w)) {
        f.push('capLowEl');
      }
    }
    const fact = facts[i] ?? NO_FACTS;
    if (fact.country) f.push('cty');
    if (fact.head) f.push(`head|${shape}`);
    const next = facts[i + 1];
    if (next?.head) f.push('headNext');
    if (facts[i - 1]?.country) f.push('ctyPrev');
    out.push(f);
  }
  return out;
}
