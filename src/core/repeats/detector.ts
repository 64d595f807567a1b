// The repeat detector: fed paragraphs in reading order (all at once or as the page adds them),
// it says for each whether it repeats an earlier one (exact, contained, edited) or a title the
// page states (headline). Cost per paragraph is bounded by its own length times a constant: a
// hash map on normalised text finds exact copies, a capped shingle index finds the few earlier
// paragraphs worth comparing word by word, and an index of short sentences finds those printed
// again on their own. Repeats are not indexed, so every copy points at the first one.

import type { RepeatChange, RepeatInfo } from '../report';
import { normalizeForm } from './normalize';
import { SeenHashes, ShinglePostings } from './postings';
import { isFigureList, isProse } from './prose';
import { endsSentence, opensQuotation } from './sentences';
import {
  MAX_CHANGED_RUN_TOKENS,
  MAX_EDIT_OPERATIONS,
  MAX_POSTINGS_PER_SHINGLE,
  MIN_ADJACENT_CHARS,
  MIN_ADJACENT_TOKENS,
  MIN_BLOCK_CHARS,
  MIN_BLOCK_TOKENS,
  MIN_EDIT_SIMILARITY,
  MIN_HEADLINE_CHARS,
  MIN_HEADLINE_TOKENS,
  MIN_SENTENCE_TOKENS,
  MIN_SHARED_SHINGLE_RATIO,
  MIN_STANDALONE_CHARS,
  MIN_STANDALONE_TOKENS,
  SHINGLE_TOKENS,
} from './thresholds';
import { tokenize } from './tokenize';
import { diffTokens, type WorkCounter } from './word-diff';

export interface RepeatMark {
  index: number;
  duplicateOf: number | null;
  repeat: RepeatInfo;
}

/** What a page states as its title, for finding the headline printed again in the body. */
export interface PageTitles {
  /** The article's title (Readability's). */
  title: string | null;
  /** The titles the page states in its head: <title> with and without its site's name, og:title. */
  titles?: readonly string[];
  /** The title the page prints as a heading (its <h1>). */
  headlines?: readonly string[];
}

export interface RepeatDetector {
  /**
   * Classifies the next paragraph (its index is the number of paragraphs added before it);
   * `heading`: it is a heading of the page (h1-h6), never a sentence printed again.
   */
  add(text: string, heading?: boolean): RepeatMark | null;
  /** Paragraphs added so far. */
  readonly size: number;
  /** Elementary steps done so far (postings visited, tokens compared): grows linearly. */
  readonly operations: number;
}

/** An indexed (visible, long enough) paragraph. */
interface IndexedParagraph {
  form: string;
  ids: number[];
  starts: number[];
  ends: number[];
}

/** A paragraph being classified. */
interface Candidate extends IndexedParagraph {
  text: string;
  norm: string;
  keys: string[];
  /** Hash of the shingle starting at each token (computed once, looked up up to three times). */
  shingles: number[];
}

/** The first paragraph with a given text, and whether it read as prose. */
interface FirstCopy {
  at: number;
  prose: boolean;
}

/** A title long enough to match on, in comparison form; null otherwise. */
function titleKey(title: string): string | null {
  const form = normalizeForm(title);
  const long =
    form.length >= MIN_HEADLINE_CHARS && tokenize(form).keys.length >= MIN_HEADLINE_TOKENS;
  return long ? form.toLowerCase() : null;
}

function titleKeys(titles: readonly (string | null)[]): Set<string> {
  const keys = new Set<string>();
  for (const title of titles) {
    const key = title === null ? null : titleKey(title);
    if (key !== null) keys.add(key);
  }
  return keys;
}

/** `page`: the titles the page states (a bare title, or none, where only that is known). */
export function createRepeatDetector(page: PageTitles | string | null): RepeatDetector {
  const stated: PageTitles = page === null || typeof page === 'string' ? { title: page } : page;
  const headlines = titleKeys(stated.headlines ?? []);
  const named = titleKeys([stated.title, ...(stated.titles ?? [])]);
  const titles = new Set([...named, ...headlines]);
  // A page that prints one of its titles as a heading shows its headline there: a body
  // paragraph equal to a title is a second printing, wherever it is.
  const printsHeadline = [...headlines].some((key) => named.has(key));
  const tokenIds = new Map<string, number>();
  const firstByText = new Map<string, FirstCopy>();
  const indexed = new Map<number, IndexedParagraph>();
  /** Shingle hash -> (paragraph, position) pairs, capped. */
  const postings = new ShinglePostings(MAX_POSTINGS_PER_SHINGLE);
  /** Sentences shorter than a shingle: their hash -> first (paragraph, position). */
  const shortSentences = new Map<number, { at: number; start: number }>();
  const seen = new SeenHashes();
  const work: WorkCounter = { steps: 0 };
  let size = 0;
  let previousNorm: string | null = null;
  let previousMark: RepeatMark | null = null;
  /** Whether a standalone prose paragraph has been seen (the article body has begun). */
  let proseSeen = false;

  function prepare(text: string): Candidate {
    const form = normalizeForm(text);
    const tokens = tokenize(form);
    const ids = tokens.keys.map((key) => {
      let id = tokenIds.get(key);
      if (id === undefined) {
        id = tokenIds.size;
        tokenIds.set(key, id);
      }
      return id;
    });
    work.steps += ids.length;
    const { keys, starts, ends } = tokens;
    const shingles: number[] = [];
    for (let i = 0; i + SHINGLE_TOKENS <= ids.length; i++) shingles.push(shingleHash(ids, i));
    return { text, form, norm: form.toLowerCase(), keys, ids, starts, ends, shingles };
  }

  function index(paragraph: Candidate, at: number): void {
    indexed.set(at, {
      form: paragraph.form,
      ids: paragraph.ids,
      starts: paragraph.starts,
      ends: paragraph.ends,
    });
    // One pass: each token's shingle, and where sentences end. Sentences too short for a
    // shingle are found by their own hash (a paragraph of one sentence is its own text, which
    // firstByText finds).
    const length = paragraph.ids.length;
    let sentenceStart = 0;
    for (let i = 0; i < length; i++) {
      if (i + SHINGLE_TOKENS <= length) postings.add(paragraph.shingles[i] ?? 0, at, i);
      work.steps++;
      if (i + 1 < length && !endsAt(paragraph, i)) continue;
      const sentence = i + 1 - sentenceStart;
      if (sentence >= MIN_SENTENCE_TOKENS && sentence < SHINGLE_TOKENS && sentence < length) {
        const hash = runHash(paragraph.ids, sentenceStart, sentence);
        if (!shortSentences.has(hash)) shortSentences.set(hash, { at, start: sentenceStart });
      }
      sentenceStart = i + 1;
    }
  }

  /**
   * The earliest indexed paragraph holding `later` as a strictly shorter token run (that
   * `accept`s, given its start), or null.
   */
  function findContainer(
    later: Candidate,
    accept: (earlier: IndexedParagraph, start: number) => boolean = () => true,
  ): number | null {
    // Look up the rarest shingle: if any shingle is unseen, nothing contains the paragraph.
    let rarest = -1;
    let rarestAt = 0;
    for (let i = 0; i + SHINGLE_TOKENS <= later.ids.length; i++) {
      const entry = postings.find(later.shingles[i] ?? 0);
      work.steps++;
      if (entry < 0) return null;
      if (rarest < 0 || postings.count(entry) < postings.count(rarest)) {
        rarest = entry;
        rarestAt = i;
      }
    }
    let best: number | null = null;
    const first = rarest < 0 ? -1 : postings.first(rarest);
    for (let pair = first; pair >= 0; pair = postings.next(pair)) {
      const at = postings.paragraphOf(pair);
      const start = postings.positionOf(pair) - rarestAt;
      const earlier = indexed.get(at);
      if (earlier === undefined || start < 0 || start + later.ids.length > earlier.ids.length) {
        continue;
      }
      if (earlier.ids.length === later.ids.length || (best !== null && best <= at)) continue;
      let same = true;
      for (let i = 0; same && i < later.ids.length; i++)
        same = earlier.ids[start + i] === later.ids[i];
      work.steps += later.ids.length;
      if (same && accept(earlier, start)) best = at;
    }
    return best;
  }

  /** Whether tokens [start, start + length) of `earlier` are whole sentences (or a quotation). */
  function isSentenceRun(earlier: IndexedParagraph, start: number, length: number): boolean {
    const end = start + length;
    const startsOne =
      start === 0 ||
      endsAt(earlier, start - 1) ||
      opensQuotation(earlier.form, earlier.starts[start] ?? 0);
    return startsOne && (end === earlier.ids.length || endsAt(earlier, end - 1));
  }

  /**
   * The earliest indexed paragraph of which `later` is one sentence (or a run of them, or a
   * quotation), strictly shorter than it; null if none, or if `later` is a heading, a single
   * word or a list of figures (templated stat lines repeat by design).
   */
  function findSentenceContainer(later: Candidate, heading: boolean): number | null {
    const length = later.ids.length;
    if (heading || length < MIN_SENTENCE_TOKENS || isFigureList(later.keys)) return null;
    if (length >= SHINGLE_TOKENS) {
      return findContainer(later, (earlier, start) => isSentenceRun(earlier, start, length));
    }
    const found = shortSentences.get(runHash(later.ids, 0, length));
    const earlier = found && indexed.get(found.at);
    if (!found || !earlier) return null;
    for (let i = 0; i < length; i++) if (earlier.ids[found.start + i] !== later.ids[i]) return null;
    work.steps += length;
    return found.at;
  }

  /** Earlier paragraphs sharing the most shingles with `later`, best first (at most two). */
  function nearestParagraphs(later: Candidate): number[] {
    const shared = new Map<number, number>();
    const shingles = later.ids.length - SHINGLE_TOKENS + 1;
    seen.reset(later.shingles.length);
    for (let i = 0; i < later.shingles.length; i++) {
      const hash = later.shingles[i] ?? 0;
      if (!seen.add(hash)) continue;
      const entry = postings.find(hash);
      const count = entry < 0 ? 0 : postings.count(entry);
      for (
        let pair = entry < 0 ? -1 : postings.first(entry);
        pair >= 0;
        pair = postings.next(pair)
      ) {
        const at = postings.paragraphOf(pair);
        shared.set(at, (shared.get(at) ?? 0) + 1);
      }
      work.steps += 1 + count;
    }
    const minimum = Math.max(1, MIN_SHARED_SHINGLE_RATIO * shingles);
    return [...shared]
      .filter(([, count]) => count >= minimum)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, 2)
      .map(([at]) => at);
  }

  /** The changes from `earlier` to `later` if `later` is a near-copy of it, else null. */
  function editsFrom(earlier: IndexedParagraph, later: Candidate): RepeatChange[] | null {
    const total = earlier.ids.length + later.ids.length;
    const budget = Math.min(MAX_EDIT_OPERATIONS, Math.floor((1 - MIN_EDIT_SIMILARITY) * total));
    const ranges = diffTokens(earlier.ids, later.ids, budget, work);
    if (ranges === null) return null;
    // Only additions: the later paragraph extends the earlier one, so it is new text, not a copy.
    if (ranges.length > 0 && ranges.every((range) => range.aEnd === range.aStart)) return null;
    const changes: RepeatChange[] = [];
    for (const range of ranges) {
      if (range.aEnd - range.aStart > MAX_CHANGED_RUN_TOKENS) return null;
      if (range.bEnd - range.bStart > MAX_CHANGED_RUN_TOKENS) return null;
      changes.push({
        from: sliceTokens(earlier, range.aStart, range.aEnd),
        to: sliceTokens(later, range.bStart, range.bEnd),
      });
    }
    return changes;
  }

  function classify(paragraph: Candidate, at: number, heading: boolean): RepeatMark | null {
    const tokens = paragraph.ids.length;
    const chars = paragraph.norm.length;
    const isTitle = titles.has(paragraph.norm);
    const prose = isProse(paragraph.text, paragraph.keys);
    const long = tokens >= MIN_STANDALONE_TOKENS && chars >= MIN_STANDALONE_CHARS;
    const first = firstByText.get(paragraph.norm);
    if (first !== undefined) {
      // A copy that differs from the first only in typography (a final full stop dropped) is
      // the same prose.
      const standalone = long && (prose || first.prose);
      const adjacent =
        paragraph.norm === previousNorm &&
        tokens >= MIN_ADJACENT_TOKENS &&
        chars >= MIN_ADJACENT_CHARS;
      const continuesBlock =
        previousMark !== null &&
        previousMark.index === at - 1 &&
        previousMark.duplicateOf === first.at - 1 &&
        tokens >= MIN_BLOCK_TOKENS &&
        chars >= MIN_BLOCK_CHARS;
      if (isTitle || adjacent || continuesBlock || standalone) {
        return mark(at, first.at, 'exact', []);
      }
      // A pull quote printed twice: each copy is a sentence of the paragraph it quotes.
      const container = findSentenceContainer(paragraph, heading);
      return container === null ? null : mark(at, container, 'contained', []);
    }
    firstByText.set(paragraph.norm, { at, prose });
    // The title again: before the body, a title-equal paragraph is the page's own visible
    // headline (kept), unless it is no heading and copies the page's <h1>, or the page prints
    // its headline as a heading.
    const printedElsewhere = !heading && (headlines.has(paragraph.norm) || printsHeadline);
    if (isTitle && (proseSeen || printedElsewhere)) {
      index(paragraph, at);
      return mark(at, null, 'headline', []);
    }
    if (long && prose) {
      proseSeen = true;
      const container = findContainer(paragraph);
      if (container !== null) return mark(at, container, 'contained', []);
      for (const earlierAt of nearestParagraphs(paragraph)) {
        const earlier = indexed.get(earlierAt);
        const changes = earlier && editsFrom(earlier, paragraph);
        if (changes) return mark(at, earlierAt, changes.length === 0 ? 'exact' : 'edited', changes);
      }
    } else if (!isTitle) {
      // One sentence of an earlier paragraph printed again on its own, however short.
      const container = findSentenceContainer(paragraph, heading);
      if (container !== null) return mark(at, container, 'contained', []);
    }
    index(paragraph, at);
    return null;
  }

  /** The repeats found so far, by paragraph. */
  const repeats = new Map<number, RepeatMark>();

  /**
   * A copy of a paragraph that is itself a repeat (a pull quote printed twice, the second copy
   * of a contained sentence) points at that paragraph's own first copy, so a first copy is
   * never hidden; an exact copy of it is what it is (contained, edited, the headline again).
   */
  function rootward(found: RepeatMark | null): RepeatMark | null {
    const via = found && found.duplicateOf !== null ? repeats.get(found.duplicateOf) : undefined;
    if (!found || !via) return found;
    const exact = found.repeat.kind === 'exact';
    if (via.duplicateOf === null) return exact ? mark(found.index, null, 'headline', []) : null;
    return exact
      ? mark(found.index, via.duplicateOf, via.repeat.kind, via.repeat.changes)
      : mark(found.index, via.duplicateOf, found.repeat.kind, found.repeat.changes);
  }

  return {
    add(text: string, heading = false): RepeatMark | null {
      const at = size++;
      const paragraph = prepare(text);
      const found = rootward(classify(paragraph, at, heading));
      if (found) repeats.set(at, found);
      previousNorm = paragraph.norm;
      previousMark = found;
      return found;
    },
    get size() {
      return size;
    },
    get operations() {
      return work.steps;
    },
  };
}

/** FNV-1a over the token ids of one shingle. As an int32 (a one-to-one map of the uint32 hash),
 * so that map keys stay small integers. */
function shingleHash(ids: readonly number[], at: number): number {
  return runHash(ids, at, SHINGLE_TOKENS);
}

/** FNV-1a over `length` token ids from `at`, as an int32. */
function runHash(ids: readonly number[], at: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + length; i++) hash = Math.imul(hash ^ (ids[i] ?? 0), 0x01000193);
  return hash | 0;
}

/** Whether token `i` of a paragraph ends a sentence (sentences.ts). */
function endsAt(paragraph: IndexedParagraph, i: number): boolean {
  return endsSentence(paragraph.form, paragraph.starts[i] ?? 0, paragraph.ends[i] ?? 0);
}

function mark(
  index: number,
  duplicateOf: number | null,
  kind: RepeatInfo['kind'],
  changes: RepeatChange[],
): RepeatMark {
  return { index, duplicateOf, repeat: { kind, changes } };
}

/** The text of tokens [start, end) as printed (normalised form, original case), '' when empty. */
function sliceTokens(paragraph: IndexedParagraph, start: number, end: number): string {
  if (end <= start) return '';
  return paragraph.form.slice(paragraph.starts[start] ?? 0, paragraph.ends[end - 1] ?? 0);
}
