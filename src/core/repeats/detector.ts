// The repeat detector: fed paragraphs in reading order (all at once or as the page adds them),
// it says for each whether it repeats an earlier one (exact, contained, edited) or the title.
// Cost per paragraph is bounded by its own length times a constant: a hash map on normalised
// text finds exact copies, and a capped shingle index finds the few earlier paragraphs worth
// comparing word by word. Repeats are not indexed, so every copy points at the first one.

import type { RepeatChange, RepeatInfo } from '../report';
import { normalizeForm } from './normalize';
import { SeenHashes, ShinglePostings } from './postings';
import { isProse } from './prose';
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

export interface RepeatDetector {
  /** Classifies the next paragraph (its index is the number of paragraphs added before it). */
  add(text: string): RepeatMark | null;
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

export function createRepeatDetector(title: string | null): RepeatDetector {
  const titleNorm = title === null ? null : normalizeForm(title).toLowerCase();
  const tokenIds = new Map<string, number>();
  const firstByText = new Map<string, number>();
  const indexed = new Map<number, IndexedParagraph>();
  /** Shingle hash -> (paragraph, position) pairs, capped. */
  const postings = new ShinglePostings(MAX_POSTINGS_PER_SHINGLE);
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
    for (let i = 0; i + SHINGLE_TOKENS <= paragraph.ids.length; i++) {
      postings.add(paragraph.shingles[i] ?? 0, at, i);
      work.steps++;
    }
  }

  /** The earliest indexed paragraph holding `later` as a strictly shorter token run, or null. */
  function findContainer(later: Candidate): number | null {
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
      if (same) best = at;
    }
    return best;
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

  function classify(paragraph: Candidate, at: number): RepeatMark | null {
    const tokens = paragraph.ids.length;
    const chars = paragraph.norm.length;
    const isTitle = paragraph.norm === titleNorm;
    const standalone =
      tokens >= MIN_STANDALONE_TOKENS &&
      chars >= MIN_STANDALONE_CHARS &&
      isProse(paragraph.text, paragraph.keys);
    const first = firstByText.get(paragraph.norm);
    if (first !== undefined) {
      const adjacent =
        paragraph.norm === previousNorm &&
        tokens >= MIN_ADJACENT_TOKENS &&
        chars >= MIN_ADJACENT_CHARS;
      const continuesBlock =
        previousMark !== null &&
        previousMark.index === at - 1 &&
        previousMark.duplicateOf === first - 1 &&
        tokens >= MIN_BLOCK_TOKENS &&
        chars >= MIN_BLOCK_CHARS;
      if (isTitle || adjacent || continuesBlock || standalone) return mark(at, first, 'exact', []);
      return null;
    }
    firstByText.set(paragraph.norm, at);
    // Before any prose, a title-equal paragraph is the page's own visible headline: keep it.
    if (isTitle && proseSeen && tokens >= MIN_HEADLINE_TOKENS && chars >= MIN_HEADLINE_CHARS) {
      index(paragraph, at);
      return mark(at, null, 'headline', []);
    }
    if (standalone) {
      proseSeen = true;
      const container = findContainer(paragraph);
      if (container !== null) return mark(at, container, 'contained', []);
      for (const earlierAt of nearestParagraphs(paragraph)) {
        const earlier = indexed.get(earlierAt);
        const changes = earlier && editsFrom(earlier, paragraph);
        if (changes) return mark(at, earlierAt, changes.length === 0 ? 'exact' : 'edited', changes);
      }
    }
    index(paragraph, at);
    return null;
  }

  return {
    add(text: string): RepeatMark | null {
      const at = size++;
      const paragraph = prepare(text);
      const found = classify(paragraph, at);
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
  let hash = 0x811c9dc5;
  for (let i = at; i < at + SHINGLE_TOKENS; i++) hash = Math.imul(hash ^ (ids[i] ?? 0), 0x01000193);
  return hash | 0;
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
