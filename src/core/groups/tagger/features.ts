// The features the name tagger scores each token by, shared by training (scripts/train-groups/) and
// tagging so that both see exactly the same thing. Features are strings hashed into a fixed table
// (see model.ts), so the weights file needs no feature dictionary.
//
// Per token: the word (case-folded, digits as 0), its shape, prefixes and suffixes; the words and
// shapes around it; whether it opens a sentence; gazetteer facts (a country or demonym, an
// organisation head word); and two facts about the whole document, which news
// text makes reliable: whether the word is written in lower case elsewhere (a common word that
// opens a sentence) and whether it is capitalised elsewhere mid-sentence (a name).

import type { ListedPosition } from './company-names';

/** What the gazetteers say of one token (see gazetteer.ts). */
export interface TokenFacts {
  /** A country name or demonym ("Mali", "Malian"). */
  country: boolean;
  /** An organisation head word ("Ministry", "Party", "Inc."). */
  head: boolean;
  /** The token's place in a listed company, brand or media name ("Dell", "The Guardian"). */
  listed: ListedPosition;
}

export const NO_FACTS: TokenFacts = { country: false, head: false, listed: '' };

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
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) {
    // Most tokens: classes by code unit, no regular expression per character.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c =
        code >= 0x41 && code <= 0x5a
          ? 'X'
          : code >= 0x61 && code <= 0x7a
            ? 'x'
            : code >= 0x30 && code <= 0x39
              ? 'd'
              : text.charAt(i);
      if (c !== last) shape += c;
      last = c;
    }
    return shape;
  }
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
 * Where features go: as strings (tests, inspection) or straight into hashes (tagging, training),
 * without building the strings. A feature is the concatenation of its parts.
 */
export interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string, e?: string): void;
  /** The feature `tag` + word.slice(from, to), without the slice (prefixes and suffixes). */
  addSlice(tag: string, word: string, from: number, to: number): void;
  /** The token's features are complete. */
  next(): void;
}

/**
 * Every token's features for one sentence (or paragraph). `facts[i]` are token i's gazetteer
 * facts. See the file header for what they say.
 */
export function emitFeatures(
  words: readonly string[],
  facts: readonly TokenFacts[],
  doc: DocumentFacts,
  sink: FeatureSink,
): void {
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
  for (let i = 0; i < n; i++) {
    const w = norm[i] ?? '';
    const raw = words[i] ?? '';
    const shape = shapes[i] ?? '';
    const start = opensSentence(words, i);
    sink.add('b');
    sink.add('w=', w);
    sink.add('s=', shape);
    sink.add(start ? 'ss=1|' : 'ss=0|', shape);
    const len = w.length;
    for (let k = 1; k <= 4 && k < len; k++) {
      sink.addSlice(PREFIX_TAGS[k] ?? '', w, 0, k);
      sink.addSlice(SUFFIX_TAGS[k] ?? '', w, len - k, len);
    }
    const wp = at(norm, i - 1, '<s>');
    const wn = at(norm, i + 1, '</s>');
    const sp = at(shapes, i - 1, '<s>');
    const sn = at(shapes, i + 1, '</s>');
    sink.add('w-1=', wp);
    sink.add('w+1=', wn);
    sink.add('w-2=', at(norm, i - 2, '<s>'));
    sink.add('w+2=', at(norm, i + 2, '</s>'));
    sink.add('s-1=', sp);
    sink.add('s+1=', sn);
    sink.add('ww-1=', wp, '|', w);
    sink.add('ww+1=', w, '|', wn);
    sink.add('sss=', sp, '|', shape, `|${sn}`);
    sink.add('w-1s=', wp, '|', shape);
    sink.add('sw+1=', shape, '|', wn);
    if (runLength[i]) {
      sink.add('run=', String(runLength[i]), runPosition[i]);
      sink.add('runw=', runPosition[i], '|', w);
    }
    if (norm[i + 1] === "'s") sink.add('poss');
    if (isCapitalised(raw) && LETTER.test(raw)) {
      if (start) {
        sink.add(doc.lower.has(w) ? 'lowEl=1' : 'lowEl=0');
        sink.add(doc.capitalisedInside.has(w) ? 'capEl=1' : 'capEl=0');
      } else if (doc.lower.has(w)) {
        sink.add('capLowEl');
      }
    }
    const fact = facts[i] ?? NO_FACTS;
    if (fact.country) sink.add('cty');
    if (fact.head) sink.add('head|', shape);
    if (facts[i + 1]?.head) sink.add('headNext');
    if (facts[i - 1]?.country) sink.add('ctyPrev');
    // A listed name: its place in the name, apart at a sentence's start (where any word has a
    // capital) and where the article also writes the word in the lower case ("Next", "Target").
    if (fact.listed) {
      sink.add('lst=', fact.listed);
      sink.add('lst=', fact.listed, start ? '|ss' : '|in');
      if (doc.lower.has(w)) sink.add('lstLow');
    }
    sink.next();
  }
}

const PREFIX_TAGS = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX_TAGS = ['', 'x1=', 'x2=', 'x3=', 'x4='];

/** The feature strings of every token (for tests and inspection; tagging hashes them directly). */
export function tokenFeatures(
  words: readonly string[],
  facts: readonly TokenFacts[],
  doc: DocumentFacts,
): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  emitFeatures(words, facts, doc, {
    add: (a, b = '', c = '', d = '', e = '') => void current.push(a + b + c + d + e),
    addSlice: (tag, word, from, to) => void current.push(tag + word.slice(from, to)),
    next: () => {
      out.push(current);
      current = [];
    },
  });
  return out;
}
