// The static list of company, brand and media names (company-gazetteer.json, written by
// scripts/build-company-gazetteer.mjs from openly licensed lists; sources in docs/GROUP-TAGGER.md),
// matched against a sentence's tokens. A match is only a feature: the tagger learned from its
// corpora how far a listed name ("Dell", but also "Next" or "Target") is to be trusted in context.

import gazetteer from './company-gazetteer.json';
import { tokenizeForTagger } from './tokenize';

/** Where a token sits in a listed name: Begin, Inside, End, Single; '' outside every name. */
export type ListedPosition = '' | 'B' | 'I' | 'E' | 'S';

const APOSTROPHES = /[’‘`]/g;
/** Words that open with a letter, and spaces: the tokens are the words (most names; the tokenizer,
 * which reads "10x" as "1" "0x", is slower). */
const PLAIN = /^\p{L}[\p{L}\p{N}]*(?: \p{L}[\p{L}\p{N}]*)*$/u;

/** Tokens compare as written (the list is case-sensitive: "Next", not "next"), apostrophes straight. */
function tokenKey(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** First token → the names (as token keys) that start with it, longest first. */
let byFirst: Map<string, string[][]> | null = null;

function index(): Map<string, string[][]> {
  if (byFirst) return byFirst;
  const map = new Map<string, string[][]>();
  for (const name of gazetteer.names) {
    const tokens = PLAIN.test(name)
      ? name.split(' ')
      : tokenizeForTagger(name).map((t) => tokenKey(t.text));
    const first = tokens[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(tokens);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  byFirst = map;
  return map;
}

/** Each token's place in the longest listed name found at it, left to right, without overlaps. */
export function listedNamePositions(words: readonly string[]): ListedPosition[] {
  const names = index();
  const keys = words.map(tokenKey);
  const out = new Array<ListedPosition>(words.length).fill('');
  for (let i = 0; i < keys.length; i++) {
    const candidates = names.get(keys[i] ?? '');
    if (!candidates) continue;
    const found = candidates.find((c) => c.every((t, k) => keys[i + k] === t));
    if (!found) continue;
    if (found.length === 1) out[i] = 'S';
    else {
      out[i] = 'B';
      for (let k = 1; k < found.length; k++) out[i + k] = k === found.length - 1 ? 'E' : 'I';
    }
    i += found.length - 1;
  }
  return out;
}

/** Every listed name, for the gazetteer's fingerprint. */
export function listedNames(): readonly string[] {
  return gazetteer.names;
}
